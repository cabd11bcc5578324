// A local test harness: run a policy's hooks in-process with sample records and a mock
// context, with plain `node --test`. No gateway, no Kafka, no sandbox; the same runtime,
// config resolution and verdict checks as the engine, so a verdict that passes here passes
// there. (Limits such as deadlines and memory apply only in the engine's sandbox.)

import { API_KEYS } from '../../kafka/generated/api-keys.ts';
import type { ConfigSpec } from '../config.ts';
import { resolveConfig } from '../config.ts';
import type { Policy } from '../define.ts';
import { createRuntime } from '../runtime/runtime.ts';
import type {
  HostCall,
  HostCallOp,
  HostCalls,
  PolicyManifest,
  WireBatch,
  WireContext,
} from '../runtime/wire.ts';
import type { CompressionName, ConfigResource, LogLevel } from '../types.ts';
import type { BatchRecord } from './batch.ts';
import { decodeWireBatch, toWireBatch } from './batch.ts';
import { compileJsonSchemaFields } from './json-schema-compile.ts';
import { prepareRegisteredSchema, type SchemaToPrepare } from './registered-schema.ts';
import type { CheckedVerdict } from './validate.ts';
import { checkVerdict } from './validate.ts';

export type { CheckedRecord, CheckedVerdict } from './validate.ts';

/** A record to feed a hook. An object `value` is JSON-encoded; strings are UTF-8. */
export interface SampleRecord {
  key?: string | Uint8Array | null;
  value?: string | Uint8Array | null | object;
  headers?: Record<string, string | null>;
  timestamp?: number;
}

export interface MockKms {
  encrypt(keyName: string, values: string[], context?: string): Promise<string[]> | string[];
  decrypt(keyName: string, values: string[], context?: string): Promise<string[]> | string[];
}

export interface HarnessOptions {
  /** Deployment config; defaults from the policy's config spec apply. */
  config?: Record<string, unknown>;
  /** Overrides of the request context (principal, clientId, listener, apiVersion...). */
  context?: Partial<WireContext>;
  /** Defaults to a reversible fake: `enc:<key>:<base64>`. */
  kms?: MockKms;
  /** Schemas by id, as a registry would give them (JSON ones are compiled as the gateway compiles them). */
  schemas?: Record<number, SchemaToPrepare>;
}

export interface HarnessResult {
  /** The checked verdict; undefined when the hook threw or returned something malformed. */
  verdict?: CheckedVerdict;
  /** Set when the hook threw. */
  error?: { name: string; message: string; code?: string };
  /** Set when the hook returned something the engine would refuse. */
  problem?: string;
  logs: { level: LogLevel; msg: string; fields?: Record<string, unknown> }[];
  metrics: Record<string, number>;
}

const fakeKms: MockKms = {
  encrypt: (key, values) => values.map((v) => `enc:${key}:${Buffer.from(v).toString('base64')}`),
  decrypt: (key, values) =>
    values.map((v) => {
      const prefix = `enc:${key}:`;
      if (!v.startsWith(prefix)) throw new Error(`not encrypted with key ${key}`);
      return Buffer.from(v.slice(prefix.length), 'base64').toString();
    }),
};

function bytesOf(v: string | Uint8Array | null | object | undefined): Uint8Array | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Uint8Array) return v;
  return new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
}

/** Turns sample records into the decoded form the gateway hands to the engine. */
export function sampleRecords(samples: readonly SampleRecord[], baseTimestamp = Date.now()): BatchRecord[] {
  return samples.map((s, i) => ({
    key: bytesOf(s.key),
    value: bytesOf(s.value),
    headers: Object.entries(s.headers ?? {}).map(([key, value]) => ({ key, value: bytesOf(value) })),
    timestamp: s.timestamp ?? baseTimestamp,
    offsetDelta: i,
  }));
}

export interface PolicyHarness {
  readonly manifest: PolicyManifest;
  produce(input: {
    topic?: string;
    partition?: number;
    records: readonly SampleRecord[];
    producerId?: number;
    transactional?: boolean;
    acks?: number;
    compression?: CompressionName;
  }): Promise<HarnessResult>;
  fetch(input: {
    topic?: string;
    partition?: number;
    records: readonly SampleRecord[];
  }): Promise<HarnessResult>;
  createTopics(input: {
    topics: {
      name: string;
      numPartitions?: number;
      replicationFactor?: number;
      configs?: Record<string, string | null>;
    }[];
    validateOnly?: boolean;
  }): Promise<HarnessResult>;
  alterConfigs(input: {
    incremental?: boolean;
    resources: ConfigResource[];
    validateOnly?: boolean;
  }): Promise<HarnessResult>;
  request(input: { apiKey: number; apiVersion?: number; clientId?: string | null }): Promise<HarnessResult>;
}

/** Loads a policy for unit tests: `const t = testPolicy(myPolicy, { config: {...} })`. */
export function testPolicy(policy: Policy<ConfigSpec>, options: HarnessOptions = {}): PolicyHarness {
  const kms = options.kms ?? fakeKms;
  // Stand-ins for the host's capabilities, one per op a policy can call.
  const mocks: {
    [Op in HostCallOp]: (
      args: HostCalls[Op]['args'],
    ) => HostCalls[Op]['value'] | Promise<HostCalls[Op]['value']>;
  } = {
    'kms.encrypt': (a) => kms.encrypt(a.keyName, a.values, a.context ?? ''),
    'kms.decrypt': (a) => kms.decrypt(a.keyName, a.values, a.context ?? ''),
    'schemas.get': (a) => {
      const s = options.schemas?.[a.id];
      return s === undefined ? null : prepareRegisteredSchema(s);
    },
  };
  const hostCall: HostCall = async (op, args) => {
    try {
      if (!Object.hasOwn(mocks, op)) return { ok: false, error: `unknown capability ${op}` };
      return { ok: true, value: await (mocks[op] as (a: unknown) => unknown)(args) };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  };
  const runtime = createRuntime(policy, hostCall);
  const manifest = runtime.manifest();
  runtime.init(compileJsonSchemaFields(manifest.config, resolveConfig(manifest.config, options.config)));

  const ctxFor = (apiKey: number, topic: string | null, partition: number | null): WireContext => ({
    topic,
    partition,
    principal: 'User:test',
    clientId: 'test-client',
    listener: 'default',
    serverName: null,
    gatewayHost: 'test-gateway',
    apiKey,
    apiVersion: 0,
    ...options.context,
  });

  async function run(
    hook: Parameters<typeof runtime.run>[0],
    ctx: WireContext,
    payload: unknown,
    batchSize: number,
  ): Promise<HarnessResult> {
    // What the sandbox worker does before the isolate call: decode text outside the isolate.
    let text: string | undefined;
    const withRecords = payload as { records?: WireBatch };
    if (withRecords.records) {
      const decoded = decodeWireBatch(withRecords.records);
      withRecords.records = decoded.batch;
      text = decoded.text;
    }
    const r = await runtime.run(hook, ctx, payload, text);
    const out: HarnessResult = { logs: r.logs, metrics: Object.fromEntries(r.metrics) };
    if (r.error) return { ...out, error: r.error };
    const checked = checkVerdict(hook, r.verdict, batchSize);
    return checked.ok ? { ...out, verdict: checked.verdict } : { ...out, problem: checked.problem };
  }

  return {
    manifest,
    produce(input) {
      const topic = input.topic ?? 'test-topic';
      const partition = input.partition ?? 0;
      const producerId = input.producerId ?? -1;
      const records = toWireBatch(sampleRecords(input.records), manifest.values);
      const payload = {
        topic,
        partition,
        records,
        producerId,
        idempotent: producerId >= 0,
        transactional: input.transactional ?? false,
        acks: input.acks ?? -1,
        compression: input.compression ?? 'none',
      };
      return run(
        'onProduce',
        { ...ctxFor(API_KEYS.Produce, topic, partition), apiVersion: 11 },
        payload,
        records.n,
      );
    },
    fetch(input) {
      const topic = input.topic ?? 'test-topic';
      const partition = input.partition ?? 0;
      const records = toWireBatch(sampleRecords(input.records), manifest.values);
      return run(
        'onFetch',
        ctxFor(API_KEYS.Fetch, topic, partition),
        { topic, partition, records },
        records.n,
      );
    },
    createTopics(input) {
      const topics = input.topics.map((t) => ({
        name: t.name,
        numPartitions: t.numPartitions ?? -1,
        replicationFactor: t.replicationFactor ?? -1,
        configs: t.configs ?? {},
      }));
      return run(
        'onCreateTopics',
        ctxFor(API_KEYS.CreateTopics, null, null),
        { topics, validateOnly: input.validateOnly ?? false },
        0,
      );
    },
    alterConfigs(input) {
      const incremental = input.incremental ?? true;
      const payload = { incremental, resources: input.resources, validateOnly: input.validateOnly ?? false };
      return run(
        'onAlterConfigs',
        ctxFor(incremental ? API_KEYS.IncrementalAlterConfigs : API_KEYS.AlterConfigs, null, null),
        payload,
        0,
      );
    },
    request(input) {
      const ctx = { ...ctxFor(input.apiKey, null, null), apiVersion: input.apiVersion ?? 0 };
      if (input.clientId !== undefined) ctx.clientId = input.clientId;
      const req = { apiKey: input.apiKey, apiVersion: ctx.apiVersion, clientId: ctx.clientId };
      return run('onRequest', ctx, req, 0);
    },
  };
}
