// The in-sandbox half of the engine, bundled with every policy. It turns one batch of wire
// data into records and a context, calls the hook, and turns the verdict back into wire data.
// It runs inside the isolate, so nothing it returns is trusted by the host.

import type { ConfigSpec } from '../config.ts';
import type { Policy, PolicyDefinition } from '../define.ts';
import { hooksOf } from '../define.ts';
import type { JsonSchemaValidator } from '../json-schema.ts';
import { buildJsonSchemaValidator, isCompiledJsonSchema } from '../json-schema.ts';
import type { HookName, LogLevel, PolicyContext, PolicyRecord, RecordOutput, Verdict } from '../types.ts';
import { unpackBatch } from './record.ts';
import type {
  HostCall,
  HostCallOp,
  HostCallReply,
  HostCalls,
  PolicyManifest,
  SandboxRuntime,
  WireBatch,
  WireBytes,
  WireContext,
  WireHeader,
  WireHostCall,
  WireLog,
  WireRecordsOut,
  WireResult,
} from './wire.ts';
import { WIRE_BYTES, WIRE_LIMITS, WIRE_TEXT } from './wire.ts';

interface WireRecordOut {
  src: number;
  k: WireBytes;
  v: WireBytes;
  h: [string, WireBytes][];
  ts: number;
}

function isPolicyRecord(r: unknown): r is PolicyRecord {
  return typeof r === 'object' && r !== null && typeof (r as PolicyRecord).with === 'function';
}

function recordOut(r: RecordOutput | PolicyRecord): WireRecordOut | unknown {
  const o = isPolicyRecord(r) ? r.with({}) : r;
  if (typeof o !== 'object' || o === null) return o;
  return {
    src: o.sourceIndex,
    k: o.key,
    v: o.value,
    h: Array.isArray(o.headers) ? o.headers.map((h) => [h?.key, h?.value]) : o.headers,
    ts: o.timestamp,
  };
}

/**
 * The records packed into one string, one byte array and offsets. Records that do not have
 * the output shape go back as they are (the array), for the host to refuse with a message
 * naming the record and field.
 */
function packRecords(records: readonly unknown[]): WireRecordsOut | readonly unknown[] {
  const n = records.length;
  const layout = new Int32Array(n * 6);
  const src = new Int32Array(n);
  const ts = new Float64Array(n);
  const texts: string[] = [];
  const blobs: Uint8Array[] = [];
  let textEnd = 0;
  let bytesEnd = 0;
  let h: WireHeader[][] | null = null;
  const put = (at: number, kind: number, start: number, end: number) => {
    layout[at] = kind;
    layout[at + 1] = start;
    layout[at + 2] = end;
  };
  const slot = (v: unknown, at: number): boolean => {
    if (v === null) return true; // kind 0 (null) is the array's initial value
    if (typeof v === 'string') {
      put(at, WIRE_TEXT, textEnd, textEnd + v.length);
      textEnd += v.length;
      texts.push(v);
    } else if (v instanceof Uint8Array) {
      put(at, WIRE_BYTES, bytesEnd, bytesEnd + v.length);
      bytesEnd += v.length;
      blobs.push(v);
    } else return false;
    return true;
  };
  for (let i = 0; i < n; i++) {
    const r = records[i] as WireRecordOut;
    if (typeof r !== 'object' || r === null || (r.src | 0) !== r.src || typeof r.ts !== 'number')
      return records;
    if (!Array.isArray(r.h) || !slot(r.k, i * 6) || !slot(r.v, i * 6 + 3)) return records;
    src[i] = r.src;
    ts[i] = r.ts;
    if (r.h.length > 0) {
      h ??= Array.from({ length: n }, () => []);
      h[i] = r.h;
    }
  }
  const bytes = new Uint8Array(bytesEnd);
  let o = 0;
  for (const b of blobs) {
    bytes.set(b, o);
    o += b.length;
  }
  return { n, text: texts.join(''), bytes, layout, src, ts, h };
}

/** Converts what a hook returned into wire form; anything unexpected is passed on for the host to refuse. */
function verdictOut(v: Verdict): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (v.kind === 'modify' && Array.isArray(v.records)) {
    return { kind: 'modify', records: packRecords(v.records.map(recordOut)), request: v.request };
  }
  if (v.kind === 'reject') {
    return { kind: 'reject', errorCode: v.errorCode, message: v.message, recordErrors: v.recordErrors };
  }
  return v;
}

/** `jsonSchemas` fields arrive as code compiled on the host; the policy sees validators. */
function withValidators(spec: ConfigSpec | undefined, cfg: Record<string, unknown>): Record<string, unknown> {
  const out = { ...cfg };
  for (const [name, f] of Object.entries(spec ?? {})) {
    if (f.type !== 'json-schemas' || typeof out[name] !== 'object' || out[name] === null) continue;
    // No prototype: a topic named "constructor" must not find Object's.
    const validators: Record<string, JsonSchemaValidator> = Object.create(null);
    for (const [key, v] of Object.entries(out[name] as Record<string, unknown>)) {
      if (!isCompiledJsonSchema(v)) throw new Error(`${name}["${key}"] was not compiled by the host`);
      validators[key] = buildJsonSchemaValidator(v);
    }
    out[name] = Object.freeze(validators);
  }
  return out;
}

function buildManifest(p: PolicyDefinition<ConfigSpec>): PolicyManifest {
  return {
    name: p.name,
    description: p.description ?? '',
    version: p.version ?? '',
    hooks: hooksOf(p),
    config: JSON.parse(JSON.stringify(p.config ?? {})),
    scope: JSON.parse(JSON.stringify(p.scope ?? {})),
    mode: p.mode ?? 'enforce',
    onError: p.onError ?? 'closed',
    values: p.values ?? 'text',
    requestApiKeys: [...(p.requestApiKeys ?? [])],
  };
}

/**
 * Capability calls inside the sandbox: queued, collected by the worker with drain() after the
 * isolate entry that made them, answered with resume() in a later synchronous entry. Nothing
 * host-side is reachable from the isolate, and no entry waits: an asynchronous isolate call
 * costs several times a synchronous one (a thread hop each way).
 */
export interface HostCallQueue {
  hostCall: HostCall;
  take(): WireHostCall[];
  resume(replies: [number, HostCallReply][]): void;
}

export function hostCallQueue(): HostCallQueue {
  let queued: WireHostCall[] = [];
  const waiting = new Map<number, (reply: HostCallReply) => void>();
  let next = 1;
  return {
    hostCall: (op, args) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        queued.push([id, op, args]);
      }),
    take() {
      const out = queued;
      queued = [];
      return out;
    },
    resume(replies) {
      for (const [id, reply] of replies) {
        const resolve = waiting.get(id);
        waiting.delete(id);
        resolve?.(reply);
      }
    },
  };
}

/**
 * The runtime of one policy. With a `HostCall` (the test harness), capability calls go to it
 * and `run` is the entry point; with a `HostCallQueue` (the sandbox), they wait in the queue
 * for the worker's drain() and resume().
 */
export function createRuntime(policy: Policy<ConfigSpec>, host: HostCall | HostCallQueue): SandboxRuntime {
  const queue = typeof host === 'function' ? null : host;
  const hostCall = typeof host === 'function' ? host : host.hostCall;
  const def = policy as PolicyDefinition<ConfigSpec>;
  if (
    typeof def !== 'object' ||
    def === null ||
    (policy as { __sluicePolicy?: number }).__sluicePolicy !== 1
  ) {
    throw new Error('the default export of a policy module must be definePolicy({...})');
  }
  let config: Readonly<Record<string, unknown>> = Object.freeze({});
  /** The log collector of the batch running now; console.* calls land there (isolates have no console). */
  let currentLog: ((level: LogLevel) => (message: string, fields?: Record<string, unknown>) => void) | null =
    null;
  /** Results of pending batches that finished since the last drain. */
  let settled: [number, WireResult][] = [];
  let nextPending = 1;

  async function call<Op extends HostCallOp>(
    op: Op,
    args: HostCalls[Op]['args'],
  ): Promise<HostCalls[Op]['value']> {
    const reply = await hostCall(op, args);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as HostCalls[Op]['value'];
  }

  const runtime: SandboxRuntime & { console(): Record<string, (...args: unknown[]) => void> } = {
    console: () => consoleShim(),
    manifest: () => buildManifest(def),
    init(cfg) {
      config = Object.freeze(withValidators(def.config, cfg));
      def.init?.(config as never);
    },
    run(hook, wctx, payload, text) {
      const started = start(hook, wctx, payload, text);
      return started instanceof Promise ? started : Promise.resolve(started);
    },
    start(hook, wctx, payload, text) {
      const started = start(hook, wctx, payload, text);
      if (!(started instanceof Promise)) return started;
      const id = nextPending++;
      started.then(
        (result) => settled.push([id, result]),
        (e) => settled.push([id, { verdict: null, error: errorOf(e), logs: [], metrics: [] }]),
      );
      return { pending: id };
    },
    drain() {
      const done = settled;
      settled = [];
      return { done, calls: queue?.take() ?? [] };
    },
    resume(replies) {
      queue?.resume(replies);
    },
  };
  return runtime;

  /** console for code that expects one (libraries, quick debugging): routed to the batch's log. */
  function consoleShim(): Record<string, (...args: unknown[]) => void> {
    const at =
      (level: LogLevel) =>
      (...args: unknown[]) =>
        currentLog?.(level)(args.map((a) => (typeof a === 'string' ? a : safeString(a))).join(' '));
    return {
      log: at('info'),
      info: at('info'),
      debug: at('debug'),
      warn: at('warn'),
      error: at('error'),
      trace: at('debug'),
    };
  }

  /**
   * Runs a hook. Returns the result directly when the hook is synchronous, so the worker can
   * use one synchronous isolate call (much cheaper than an async one); a promise otherwise.
   */
  function start(
    hook: HookName,
    wctx: WireContext,
    payload: unknown,
    text?: string,
  ): WireResult | Promise<WireResult> {
    const logs: WireLog[] = [];
    const metrics = new Map<string, number>();
    const log = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
      if (logs.length >= WIRE_LIMITS.logs) return;
      const entry: WireLog = { level, msg: String(message).slice(0, WIRE_LIMITS.logMessageChars) };
      if (fields !== undefined) {
        try {
          entry.fields = JSON.parse(JSON.stringify(fields));
        } catch {
          entry.fields = { unserializable: true };
        }
      }
      logs.push(entry);
    };
    const ctx: PolicyContext = {
      policy: def.name,
      ...wctx,
      serverName: wctx.serverName ?? null,
      gatewayHost: wctx.gatewayHost ?? '',
      config,
      log: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
      metrics: {
        count(name: string, by = 1) {
          const n = String(name).slice(0, WIRE_LIMITS.metricNameChars);
          if (!metrics.has(n) && metrics.size >= WIRE_LIMITS.metrics) return;
          if (typeof by === 'number' && Number.isFinite(by)) metrics.set(n, (metrics.get(n) ?? 0) + by);
        },
      },
      // async: a bad argument (not iterable) rejects the promise rather than throwing.
      kms: {
        encrypt: async (keyName, plaintexts, options) =>
          call('kms.encrypt', { keyName, values: [...plaintexts], context: options?.context }),
        decrypt: async (keyName, ciphertexts, options) =>
          call('kms.decrypt', { keyName, values: [...ciphertexts], context: options?.context }),
      },
      schemas: {
        get: async (id, options) => {
          const s = await call('schemas.get', { id, maxAgeMs: options?.maxAgeMs });
          if (s === null || s.compiled === undefined) return s;
          const { compiled, ...rest } = s;
          return { ...rest, validator: buildJsonSchemaValidator(compiled) };
        },
      },
    };
    const fn = def[hook] as ((req: unknown, c: PolicyContext) => Verdict | Promise<Verdict>) | undefined;
    if (typeof fn !== 'function') return { verdict: { kind: 'accept' }, logs, metrics: [] };
    currentLog = log;
    let arg = payload;
    if (hook === 'onProduce' || hook === 'onFetch') {
      const p = payload as { records: WireBatch };
      if (typeof text === 'string') p.records.text = text;
      arg = { ...p, records: unpackBatch(p.records) };
    }
    const done = (verdict: Verdict): WireResult => ({
      verdict: verdictOut(verdict),
      logs,
      metrics: [...metrics],
    });
    const failed = (e: unknown): WireResult => ({
      verdict: null,
      error: errorOf(e),
      logs,
      metrics: [...metrics],
    });
    try {
      const verdict = fn.call(def, arg, ctx);
      if (verdict instanceof Promise) return verdict.then(done, failed);
      return done(verdict);
    } catch (e) {
      return failed(e);
    }
  }
}

/** What a policy's exception says, as plain data. */
function errorOf(e: unknown): NonNullable<WireResult['error']> {
  const err = e as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: String(err?.name ?? 'Error'),
    message: String(err?.message ?? e),
    code: typeof err?.code === 'string' ? err.code : undefined,
  };
}

function safeString(v: unknown): string {
  try {
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

/** Called by the bundle's generated entry inside the sandbox. */
export function installRuntime(policy: Policy<ConfigSpec>): void {
  const g = globalThis as { __sluice?: SandboxRuntime };
  const runtime = createRuntime(policy, hostCallQueue()) as SandboxRuntime & {
    console(): Record<string, (...args: unknown[]) => void>;
  };
  g.__sluice = runtime;
  // V8's built-in console in an isolate goes nowhere; replace it with one that reaches the logs.
  (globalThis as { console?: unknown }).console = runtime.console();
}
