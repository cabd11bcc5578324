// The public types of the Sluice policy SDK: what a hook receives and what it returns.
// Everything here is plain data so that it can cross the sandbox boundary as one copy.
import type { JsonSchemaValidator } from './json-schema.ts';

/** Where a policy applies. Each list holds globs (`orders.*`, `?` = one char) or `/regex/` strings. */
export interface Scope {
  /** Topic names. Absent = every topic. Ignored by hooks that have no topic (`onRequest`). */
  topics?: readonly string[];
  /** Authenticated principals, e.g. `User:alice`. Absent = everyone. */
  principals?: readonly string[];
  /** Client ids sent in the request header. Absent = every client. */
  clientIds?: readonly string[];
  /** Listener (virtual cluster) names. Absent = every listener. */
  listeners?: readonly string[];
  /**
   * Principals and listeners the policy does not apply to, though the lists above take them in
   * (e.g. where a narrower policy of the same name applies instead).
   */
  exclude?: { readonly principals?: readonly string[]; readonly listeners?: readonly string[] };
}

/** `enforce` applies verdicts; `audit` only logs what the policy would have done. */
export type PolicyMode = 'enforce' | 'audit';
/** What a policy failure (throw, timeout, crash, bad verdict) does: `closed` refuses, `open` lets data through. */
export type OnErrorMode = 'closed' | 'open';
/** How record keys and values are handed to the policy: decoded UTF-8 text (JSON) or raw bytes (Avro). */
export type ValueEncoding = 'text' | 'bytes';

export type HookName = 'onProduce' | 'onFetch' | 'onCreateTopics' | 'onAlterConfigs' | 'onRequest';
export const HOOK_NAMES: readonly HookName[] = [
  'onProduce',
  'onFetch',
  'onCreateTopics',
  'onAlterConfigs',
  'onRequest',
] as const;

export interface RecordHeader {
  readonly key: string;
  readonly value: Uint8Array | null;
}

/** One record of a partition batch, as a policy sees it. */
export interface PolicyRecord {
  /** Position of the record in its partition batch (0-based); used in per-record errors. */
  readonly index: number;
  readonly key: Uint8Array | null;
  readonly value: Uint8Array | null;
  readonly headers: readonly RecordHeader[];
  /** Milliseconds since the epoch (first timestamp of the batch + the record's delta). */
  readonly timestamp: number;
  readonly offsetDelta: number;
  /** The key decoded as UTF-8, or null when there is no key. */
  keyText(): string | null;
  /** The value decoded as UTF-8, or null for a tombstone. */
  text(): string | null;
  /** The value parsed as JSON. Throws a `RecordFormatError` when the value is not JSON. */
  json<T = unknown>(): T;
  /** The first header with this key, decoded as UTF-8; null when absent or null-valued. */
  header(key: string): string | null;
  /** A copy of this record with some parts replaced, for `modify({ records })`. */
  with(changes: RecordChanges): RecordOutput;
}

/** What a policy may replace in a record. Strings are encoded as UTF-8 by the host. */
export interface RecordChanges {
  key?: Uint8Array | string | null;
  value?: Uint8Array | string | null;
  headers?: readonly { key: string; value: Uint8Array | string | null }[];
  timestamp?: number;
}

/** A record a policy hands back. `sourceIndex` links it to the record it came from. */
export interface RecordOutput {
  readonly sourceIndex: number;
  readonly key: Uint8Array | string | null;
  readonly value: Uint8Array | string | null;
  readonly headers: readonly { key: string; value: Uint8Array | string | null }[];
  readonly timestamp: number;
}

/** Kafka's record batch codecs. */
export type CompressionName = 'none' | 'gzip' | 'snappy' | 'lz4' | 'zstd';
export const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/** One partition's records of a Produce request. */
export interface ProduceBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly PolicyRecord[];
  /** -1 when the producer is not idempotent. */
  readonly producerId: number;
  /** True for idempotent or transactional producers: records may be changed but never dropped. */
  readonly idempotent: boolean;
  readonly transactional: boolean;
  /** Produce `acks`: 0, 1 or -1 (all). */
  readonly acks: number;
  /** The codec the producer compressed this batch with. */
  readonly compression: CompressionName;
}

/** One partition's records of a Fetch response, before the consumer sees them. */
export interface FetchBatch {
  readonly topic: string;
  readonly partition: number;
  readonly records: readonly PolicyRecord[];
}

export interface CreatableTopic {
  readonly name: string;
  /** -1 = broker default. */
  readonly numPartitions: number;
  /** -1 = broker default. */
  readonly replicationFactor: number;
  readonly configs: Readonly<Record<string, string | null>>;
}

export interface CreateTopicsRequest {
  /** Only the topics this policy's scope matches. */
  readonly topics: readonly CreatableTopic[];
  readonly validateOnly: boolean;
}

export type ConfigResourceType =
  | 'topic'
  | 'broker'
  | 'broker_logger'
  | 'client_metrics'
  | 'group'
  | 'unknown';
export type ConfigOperation = 'set' | 'delete' | 'append' | 'subtract';

export interface ConfigChange {
  readonly name: string;
  readonly value: string | null;
  /** AlterConfigs (non-incremental) always reports `set`. */
  readonly op: ConfigOperation;
}

export interface ConfigResource {
  readonly type: ConfigResourceType;
  readonly name: string;
  readonly configs: readonly ConfigChange[];
}

/** AlterConfigs and IncrementalAlterConfigs, told apart by `incremental`. */
export interface AlterConfigsRequest {
  readonly incremental: boolean;
  readonly resources: readonly ConfigResource[];
  readonly validateOnly: boolean;
}

/** The header of any request; seen by `onRequest`. */
export interface GenericRequest {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly clientId: string | null;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export interface PolicyLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface PolicyMetrics {
  /** Adds `by` (default 1) to the counter `name`; the host prefixes it with the policy name. */
  count(name: string, by?: number): void;
}

/**
 * Field encryption with a named KMS key. The host runs the KMS calls and holds every key:
 * the sandbox only sees plaintext it already had and opaque ciphertext strings.
 */
export interface PolicyKms {
  /**
   * Encrypts each string; returns opaque ciphertext strings in the same order. One host call.
   * `context` (e.g. the topic) is bound to the values: only a decrypt with the same context opens them.
   */
  encrypt(keyName: string, plaintexts: readonly string[], options?: KmsOptions): Promise<string[]>;
  /** Decrypts ciphertexts produced by `encrypt` with the same key and context. One host call. */
  decrypt(keyName: string, ciphertexts: readonly string[], options?: KmsOptions): Promise<string[]>;
}

export interface KmsOptions {
  /** Bound to each value as additional authenticated data; at most 249 characters. Default ''. */
  context?: string;
}

/** One subject and version a registry id is registered under. */
export interface SchemaSubjectVersion {
  readonly subject: string;
  readonly version: number;
}

export interface RegisteredSchema {
  readonly id: number;
  readonly type: 'AVRO' | 'JSON' | 'PROTOBUF';
  readonly schema: string;
  /** Every subject and version this id is registered under, when the source knows them (a registry does). */
  readonly subjects?: readonly SchemaSubjectVersion[];
  /**
   * JSON schemas: a validator the host compiled (draft-07 unless the schema's `$schema` names
   * 2019-09 or 2020-12), so the policy needs no schema compiler. Absent when `problem` says why.
   */
  readonly validator?: JsonSchemaValidator;
  /** Why the host could not prepare this schema for validation (it does not compile, it has references). */
  readonly problem?: string;
}

export interface PolicySchemas {
  /**
   * Looks a schema up by its registry id; null when unknown. The host caches what the registry
   * said; with `maxAgeMs`, an answer it has held longer than that is asked for again (the
   * subjects of an id grow when the same schema is registered under another subject). The host
   * may raise a very small `maxAgeMs`.
   */
  get(id: number, options?: { maxAgeMs?: number }): Promise<RegisteredSchema | null>;
}

/** What every hook sees besides its request or batch. */
export interface PolicyContext<C = Record<string, unknown>> {
  /** The policy's name as declared in `definePolicy`. */
  readonly policy: string;
  readonly topic: string | null;
  readonly partition: number | null;
  /** Authenticated principal, e.g. `User:alice`; `User:ANONYMOUS` without authentication. */
  readonly principal: string;
  readonly clientId: string | null;
  readonly listener: string;
  /** The SNI name the client sent on a TLS listener (e.g. `broker1.kafka.example.com`); null without TLS or SNI. */
  readonly serverName: string | null;
  /** The host name of the Sluice replica that runs this request (the machine's or pod's host name). */
  readonly gatewayHost: string;
  readonly apiKey: number;
  readonly apiVersion: number;
  /** This deployment's configuration, defaults applied and validated against the config schema. */
  readonly config: Readonly<C>;
  readonly log: PolicyLogger;
  readonly metrics: PolicyMetrics;
  readonly kms: PolicyKms;
  readonly schemas: PolicySchemas;
}

export interface RecordError {
  /** The record's `index` in the batch. */
  readonly index: number;
  readonly message: string;
}

export interface AcceptVerdict {
  readonly kind: 'accept';
}

export interface RejectVerdict {
  readonly kind: 'reject';
  /** Kafka error code; default INVALID_RECORD (87) for record hooks, POLICY_VIOLATION (44) otherwise. */
  readonly errorCode?: number;
  readonly message: string;
  /** Per-record reasons (Produce v8+ `record_errors`). The whole partition batch is still refused. */
  readonly recordErrors?: readonly RecordError[];
}

/** Request fields a policy may rewrite, per hook. */
export interface RequestChanges {
  /** onRequest: replace the client id forwarded upstream. */
  clientId?: string | null;
  /** onCreateTopics: per topic (by name) overrides. */
  topics?: readonly {
    name: string;
    numPartitions?: number;
    replicationFactor?: number;
    configs?: Record<string, string | null>;
  }[];
  /** onAlterConfigs: replacement config changes per resource (by type and name). */
  resources?: readonly { type: ConfigResourceType; name: string; configs: readonly ConfigChange[] }[];
  /**
   * onProduce: change the acks the broker sees. The client still gets what it asked for: a
   * response Sluice synthesises when the broker is told acks=0, none when the client sent
   * acks=0. Not applied (logged) to idempotent or transactional producers' batches.
   */
  acks?: number;
  /** onProduce: re-compress this partition batch with another codec before it goes upstream. */
  compression?: CompressionName;
}

export interface ModifyVerdict {
  readonly kind: 'modify';
  /** The full replacement record list (record hooks). */
  readonly records?: readonly (RecordOutput | PolicyRecord)[];
  readonly request?: RequestChanges;
}

export type Verdict = AcceptVerdict | RejectVerdict | ModifyVerdict;
export type HookResult = Verdict | Promise<Verdict>;
