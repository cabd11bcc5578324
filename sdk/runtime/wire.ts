// The plain-data shapes that cross the sandbox boundary, once per batch. The host builds
// WireRecords (text already decoded, or bytes), the in-sandbox runtime turns them into
// PolicyRecords and turns the hook's verdict back into a WireResult. The host trusts none of
// it: sdk/host/validate.ts checks every verdict in a WireResult.

import type { ConfigSpec } from '../config.ts';
import type { CompiledJsonSchema } from '../json-schema.ts';
import type {
  HookName,
  LogLevel,
  OnErrorMode,
  PolicyMode,
  RegisteredSchema,
  Scope,
  ValueEncoding,
} from '../types.ts';

export type WireBytes = Uint8Array | string | null;
export type WireHeader = [key: string, value: WireBytes];

/**
 * The records of one partition batch, packed: every text key and value concatenated into one
 * string and every binary one into one byte array, with offsets. Copying a few large values
 * across the process and isolate boundaries is far cheaper than copying hundreds of small
 * objects (measured: about half the IPC time for 100 records of 1 KB).
 */
export interface WireBatch {
  n: number;
  text: string;
  bytes: Uint8Array;
  /** Per record: keyKind, keyStart, keyEnd, valueKind, valueStart, valueEnd. */
  layout: Int32Array;
  ts: Float64Array;
  od: Int32Array;
  /** Headers per record, or null when no record has any. */
  h: WireHeader[][] | null;
  /** Set by the host for `text` policies: byte slots still to be decoded outside the isolate. */
  decode?: boolean;
}

/**
 * The records of a modify verdict, packed as a WireBatch is and for the same reason: one string,
 * one byte array and offsets leave the isolate and cross to the host far cheaper than an object
 * per record (every record of an encrypting or masking policy comes back changed). `src` is
 * each record's source index (-1: added by the policy). The host checks all of it.
 */
export interface WireRecordsOut {
  n: number;
  text: string;
  bytes: Uint8Array;
  /** Per record: keyKind, keyStart, keyEnd, valueKind, valueStart, valueEnd (WIRE_* kinds). */
  layout: Int32Array;
  src: Int32Array;
  ts: Float64Array;
  /** Headers per record, or null when no record has any. */
  h: WireHeader[][] | null;
}

/** Kinds in WireBatch.layout and WireRecordsOut.layout. */
export const WIRE_NULL = 0;
export const WIRE_TEXT = 1;
export const WIRE_BYTES = 2;

export interface WireContext {
  topic: string | null;
  partition: number | null;
  principal: string;
  clientId: string | null;
  listener: string;
  /** Absent = null (no TLS, or no SNI name). */
  serverName?: string | null;
  /** Absent = ''. */
  gatewayHost?: string;
  apiKey: number;
  apiVersion: number;
}

export interface WireLog {
  level: LogLevel;
  msg: string;
  fields?: Record<string, unknown>;
}

export interface WireResult {
  /** Set when the hook threw: its name and message only (no host stack). */
  error?: { name: string; message: string; code?: string };
  verdict: unknown;
  logs: WireLog[];
  metrics: [string, number][];
}

/** What a policy declares about itself; learned by loading its bundle in a sandbox. */
export interface PolicyManifest {
  name: string;
  description: string;
  version: string;
  hooks: HookName[];
  config: ConfigSpec;
  scope: Scope;
  mode: PolicyMode;
  onError: OnErrorMode;
  values: ValueEncoding;
  /** API keys `onRequest` wants; empty = every API key. */
  requestApiKeys: number[];
}

/**
 * The capability calls a policy can make through its context (`ctx.kms`, `ctx.schemas`): op →
 * the arguments the runtime sends → the value it gets back. The one list of ops: the engine's
 * capability table (engine/capabilities.ts) must implement exactly these, and its sandbox
 * workers forward only those.
 */
export interface HostCalls {
  'kms.encrypt': { args: { keyName: string; values: string[]; context?: string }; value: string[] };
  'kms.decrypt': { args: { keyName: string; values: string[]; context?: string }; value: string[] };
  'schemas.get': { args: { id: number; maxAgeMs?: number }; value: WireRegisteredSchema | null };
}
export type HostCallOp = keyof HostCalls;

/** A registered schema as the host sends it: a JSON schema's validator travels as compiled code. */
export type WireRegisteredSchema = Omit<RegisteredSchema, 'validator'> & {
  readonly compiled?: CompiledJsonSchema;
};
export type HostCallReply = { ok: true; value: unknown } | { ok: false; error: string };
/** How the in-sandbox runtime reaches host capabilities. Always async, always copied. */
export type HostCall = (op: HostCallOp, args: unknown) => Promise<HostCallReply>;

/** The object a policy bundle installs as `globalThis.__sluice` inside the sandbox. */
export interface SandboxRuntime {
  manifest(): PolicyManifest;
  init(config: Record<string, unknown>): void;
  run(hook: HookName, ctx: WireContext, payload: unknown, text?: string): Promise<WireResult>;
  /**
   * Like run, but returns the result synchronously when the hook is synchronous, else a pending
   * id: its result comes out of a later drain().
   */
  start(hook: HookName, ctx: WireContext, payload: unknown, text?: string): WireResult | { pending: number };
  /**
   * What happened since the last drain: the pending batches that finished, and the capability
   * calls made (numbered; answered with resume). Called after each entry into the isolate, once
   * its microtasks have run.
   */
  drain(): WireDrain;
  /** Answers capability calls by number; the policies' awaits go on in this entry's microtasks. */
  resume(replies: [number, HostCallReply][]): void;
}

/** A capability call waiting for the host: [call number, op, args]. */
export type WireHostCall = [number, string, unknown];

export interface WireDrain {
  done: [number, WireResult][];
  calls: WireHostCall[];
}

/** Caps on what one batch may log or count, so a chatty policy cannot flood the host. */
export const WIRE_LIMITS = { logs: 100, logMessageChars: 2000, metrics: 50, metricNameChars: 100 } as const;
