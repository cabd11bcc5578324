// One loaded policy in a sandbox worker: an isolated-vm isolate with the bundle, its manifest
// and resolved config, and the runtime's entry points bound once. It runs batches under the
// policy's limits; everything that can go wrong inside the isolate comes out as a
// SandboxFailure of a known kind.
//
// Every entry into the isolate is synchronous. A hook that awaits capability calls returns a
// pending id; after each entry the worker drains the isolate (finished batches, new calls),
// sends the calls to the host, and resumes the isolate with the replies in a later entry. An
// asynchronous isolated-vm call, or a Reference the isolate calls back, costs a thread hop each
// way: several times a synchronous entry (bench/engine-encryption.ts).

import ivm from 'isolated-vm';
import { checkConfigSpec, resolveConfig } from '../../sdk/config.ts';
import { decodeWireBatch } from '../../sdk/host/batch.ts';
import { compileJsonSchemaFields } from '../../sdk/host/json-schema-compile.ts';
import type {
  HostCallReply,
  PolicyManifest,
  WireBatch,
  WireContext,
  WireDrain,
  WireResult,
} from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import { HOOK_NAMES } from '../../sdk/types.ts';
import type { FailureKind, HeapStats, RunItem, SandboxLimits } from './messages.ts';

export class SandboxFailure extends Error {
  readonly kind: FailureKind | 'config';
  constructor(kind: FailureKind | 'config', message: string) {
    super(message);
    this.kind = kind;
  }
}

/**
 * Where a policy's capability calls go: the `[op, args]` pairs drained after one isolate entry,
 * answered in order. Untrusted: copied out of the isolate as the policy left them.
 */
export type IsolateHostCall = (calls: unknown[]) => Promise<HostCallReply[]>;

type StartRef = ivm.Reference<
  (hook: HookName, ctx: WireContext, payload: unknown, text?: string) => WireResult | { pending: number }
>;
type DrainRef = ivm.Reference<() => WireDrain>;
type ResumeRef = ivm.Reference<(replies: [number, HostCallReply][]) => void>;

interface Waiting {
  resolve(result: WireResult): void;
  reject(e: unknown): void;
}

export class PolicyIsolate {
  readonly key: string;
  /** What the isolate was made from, to make it again after a timeout or memory failure. */
  readonly code: string;
  readonly config: Record<string, unknown>;
  readonly limits: SandboxLimits;
  readonly #isolate: ivm.Isolate;
  readonly #start: StartRef;
  readonly #drain: DrainRef;
  readonly #resume: ResumeRef;
  readonly #hostCall: IsolateHostCall;
  /** Batches whose hook awaits, by the runtime's pending id. */
  readonly #waiting = new Map<number, Waiting>();

  private constructor(
    spec: { key: string; code: string; config: Record<string, unknown>; limits: SandboxLimits },
    isolate: ivm.Isolate,
    entries: { start: StartRef; drain: DrainRef; resume: ResumeRef },
    hostCall: IsolateHostCall,
  ) {
    this.key = spec.key;
    this.code = spec.code;
    this.config = spec.config;
    this.limits = spec.limits;
    this.#isolate = isolate;
    this.#start = entries.start;
    this.#drain = entries.drain;
    this.#resume = entries.resume;
    this.#hostCall = hostCall;
  }

  /**
   * Loads a bundle: bundle, manifest (sanitised), config resolved against the
   * manifest's spec, `init`. Throws a SandboxFailure (`config` when the config is at fault).
   */
  static async create(
    key: string,
    code: string,
    configInput: Record<string, unknown>,
    limits: SandboxLimits,
    hostCall: IsolateHostCall,
  ): Promise<{ isolate: PolicyIsolate; manifest: PolicyManifest; config: Record<string, unknown> }> {
    const isolate = new ivm.Isolate({ memoryLimit: Math.max(8, limits.memoryMb) });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (!isolate.isDisposed) isolate.dispose();
    }, limits.loadTimeoutMs);
    try {
      const context = await isolate.createContext();
      const script = await isolate.compileScript(code, { filename: 'policy.js' });
      await script.run(context, { timeout: limits.loadTimeoutMs });
      script.release();
      const manifest = sanitizeManifest(
        await context.evalClosure(
          'if (!globalThis.__sluice) throw new Error("bundle did not install a runtime"); return globalThis.__sluice.manifest();',
          [],
          { result: { copy: true }, timeout: limits.loadTimeoutMs },
        ),
      );
      const specProblems = checkConfigSpec(manifest?.config);
      if (specProblems.length > 0)
        throw new SandboxFailure('malformed', `manifest: ${specProblems.join('; ')}`);
      let config: Record<string, unknown>;
      let isolateConfig: Record<string, unknown>;
      try {
        config = resolveConfig(manifest.config, configInput);
        // Compiled here, outside the isolate: the policy gets the code, not the compiler.
        isolateConfig = compileJsonSchemaFields(manifest.config, config);
      } catch (e) {
        throw new SandboxFailure('config', (e as Error).message);
      }
      // Bind to the runtime object now: a policy that later replaces globalThis.__sluice changes nothing.
      const start = (await context.evalClosure(
        'const rt = globalThis.__sluice; rt.init($0); return (hook, ctx, payload, text) => rt.start(hook, ctx, payload, text);',
        [isolateConfig],
        { arguments: { copy: true }, result: { reference: true }, timeout: limits.loadTimeoutMs },
      )) as StartRef;
      const drain = (await context.evalClosure(
        'const rt = globalThis.__sluice; return () => rt.drain();',
        [],
        { result: { reference: true }, timeout: limits.loadTimeoutMs },
      )) as DrainRef;
      const resume = (await context.evalClosure(
        'const rt = globalThis.__sluice; return (replies) => rt.resume(replies);',
        [],
        { result: { reference: true }, timeout: limits.loadTimeoutMs },
      )) as ResumeRef;
      return {
        isolate: new PolicyIsolate(
          { key, code, config: configInput, limits },
          isolate,
          { start, drain, resume },
          hostCall,
        ),
        manifest,
        config,
      };
    } catch (e) {
      const failure = classify(e, isolate, timedOut);
      if (!isolate.isDisposed) isolate.dispose();
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  }

  /** False once a limit or a sibling batch stopped the isolate: it must be made again. */
  get usable(): boolean {
    return !this.#isolate.isDisposed;
  }

  /** Runs one batch under the policy's deadline, CPU budget and output cap. Throws a SandboxFailure. */
  async run(hook: HookName, m: RunItem): Promise<{ result: WireResult; cpuNs: number }> {
    const isolate = this.#isolate;
    const limits = this.limits;
    let timedOut = false;
    const timer = setTimeout(() => {
      // Covers what isolated-vm's own timeout does not: a batch waiting on capability calls.
      timedOut = true;
      this.dispose();
    }, limits.deadlineMs);
    const cpuBefore = isolate.cpuTime;
    try {
      // A synchronous call first: most hooks are synchronous, and a sync isolate call costs a
      // fraction of an async one. isolated-vm's timeout bounds it; a wedged process is the host's job.
      // Text policies: decode here (Node has TextDecoder, the isolate does not), and hand the
      // text over as its own argument, which copies far faster than a string nested in an object.
      // A new payload object, not the message's changed: a message can carry the same payload
      // twice (a policy and its shadow), and the serializer keeps that one object.
      let text: string | undefined;
      let payload = m.payload;
      const withRecords = m.payload as { records?: WireBatch } | null;
      if (withRecords?.records?.decode) {
        const decoded = decodeWireBatch(withRecords.records);
        payload = { ...withRecords, records: ownBuffers(decoded.batch) };
        text = decoded.text;
      } else if (withRecords?.records) payload = { ...withRecords, records: ownBuffers(withRecords.records) };
      const started = this.#start.applySync(undefined, [hook, m.ctx, payload, text] as never, {
        arguments: { copy: true },
        result: { copy: true },
        timeout: limits.deadlineMs,
      }) as unknown;
      let result: WireResult;
      const pendingId = (started as { pending?: unknown } | null)?.pending;
      if (typeof pendingId === 'number') {
        // An async hook (capability calls): its result comes out of a later drain.
        const waited = new Promise<WireResult>((resolve, reject) =>
          this.#waiting.set(pendingId, { resolve, reject }),
        );
        this.#pump();
        result = await waited;
      } else result = started as WireResult;
      if (timedOut) throw new SandboxFailure('timeout', 'deadline exceeded');
      const cpuNs = Number(isolate.cpuTime - cpuBefore);
      if (cpuNs > limits.cpuMs * 1e6) {
        throw new SandboxFailure(
          'cpu',
          `CPU budget exceeded: ${(cpuNs / 1e6).toFixed(1)} ms > ${limits.cpuMs} ms`,
        );
      }
      if (sizeOf(result, limits.maxOutputBytes) > limits.maxOutputBytes) {
        throw new SandboxFailure('output', `verdict larger than ${limits.maxOutputBytes} bytes`);
      }
      return { result, cpuNs };
    } catch (e) {
      throw classify(e, isolate, timedOut);
    } finally {
      clearTimeout(timer);
    }
  }

  heapStats(): HeapStats | null {
    if (this.#isolate.isDisposed) return null;
    const h = this.#isolate.getHeapStatisticsSync();
    return {
      totalHeapSize: h.total_heap_size,
      usedHeapSize: h.used_heap_size,
      externalBytes: h.externally_allocated_size,
    };
  }

  /**
   * After an entry: settles the batches that finished, and sends the capability calls made to
   * the host; their replies go in with the next entry, which is drained in turn.
   */
  #pump(): void {
    let drained: WireDrain;
    try {
      drained = this.#drain.applySync(undefined, [], {
        result: { copy: true },
        timeout: this.limits.deadlineMs,
      }) as WireDrain;
    } catch (e) {
      this.#fail(e);
      return;
    }
    for (const [id, result] of Array.isArray(drained?.done) ? drained.done : []) {
      const w = this.#waiting.get(id);
      this.#waiting.delete(id);
      w?.resolve(result);
    }
    // Calls made once no batch awaits (code left running after its verdict) are not answered.
    const calls = Array.isArray(drained?.calls) ? drained.calls.filter(Array.isArray) : [];
    if (calls.length === 0 || this.#waiting.size === 0) return;
    void this.#hostCall(calls.map((c) => [c[1], c[2]])).then((replies) => {
      if (this.#isolate.isDisposed) return; // its batches have failed already
      const answers = calls.map((c, i): [number, HostCallReply] => [
        c[0] as number,
        replies[i] ?? { ok: false, error: 'the host gave no reply' },
      ]);
      try {
        this.#resume.applySync(undefined, [answers] as never, {
          arguments: { copy: true },
          timeout: this.limits.deadlineMs,
        });
      } catch (e) {
        this.#fail(e);
        return;
      }
      this.#pump();
    });
  }

  /**
   * An entry failed (a limit, or the policy broke the runtime): no awaiting batch can trust
   * this isolate any more. Each fails with the error, and the isolate is stopped.
   */
  #fail(e: unknown): void {
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    this.dispose();
    for (const w of waiting) w.reject(e);
  }

  /** Frees the isolate (it is being replaced, or was never used); batches awaiting it fail. */
  dispose(): void {
    if (!this.#isolate.isDisposed) this.#isolate.dispose();
    if (this.#waiting.size > 0) this.#fail(new Error('isolate disposed'));
  }

  /** Frees the runtime's entry points and the isolate: the policy is unloaded. */
  close(): void {
    this.#start.release();
    this.#drain.release();
    this.#resume.release();
    this.dispose();
  }
}

function classify(e: unknown, isolate: ivm.Isolate, timedOut: boolean): SandboxFailure {
  if (e instanceof SandboxFailure) return e;
  const message = (e as Error)?.message ?? String(e);
  if (timedOut || /timed out/i.test(message)) return new SandboxFailure('timeout', 'deadline exceeded');
  if (/memory limit/i.test(message)) return new SandboxFailure('memory', 'memory limit exceeded');
  // Disposed under this batch without it hitting a limit: another batch of the same policy ran
  // past its deadline or out of memory. Not this batch's fault, so retriable.
  if (isolate.isDisposed && !timedOut) {
    return new SandboxFailure(
      'unavailable',
      "the policy's isolate was stopped for another batch; this one did not finish",
    );
  }
  // A verdict holding functions or other uncopyable values cannot leave the isolate.
  if (/could not be cloned|non-transferable|cannot be copied/i.test(message)) {
    return new SandboxFailure(
      'malformed',
      `verdict cannot be copied out of the sandbox: ${message.slice(0, 500)}`,
    );
  }
  return new SandboxFailure('threw', message.slice(0, 2000));
}

/** A rough byte size of a verdict; enough to stop a policy flooding the host. */
function sizeOf(v: unknown, budget: number): number {
  let total = 0;
  const stack: unknown[] = [v];
  while (stack.length > 0 && total <= budget) {
    const x = stack.pop();
    if (typeof x === 'string') total += x.length * 2;
    else if (x instanceof Uint8Array) total += x.byteLength;
    else if (Array.isArray(x)) {
      total += 8 * x.length;
      for (const y of x) stack.push(y);
    } else if (typeof x === 'object' && x !== null) {
      for (const [k, y] of Object.entries(x)) {
        total += k.length * 2 + 8;
        stack.push(y);
      }
    } else total += 8;
  }
  return total;
}

/** The manifest comes out of the isolate: keep only well-formed fields, with safe defaults. */
function sanitizeManifest(raw: unknown): PolicyManifest {
  const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (typeof m.name !== 'string' || m.name === '')
    throw new SandboxFailure('malformed', 'manifest has no policy name');
  const str = (v: unknown) => (typeof v === 'string' ? v.slice(0, 1000) : '');
  return {
    name: m.name.slice(0, 64),
    description: str(m.description),
    version: str(m.version),
    hooks: Array.isArray(m.hooks) ? HOOK_NAMES.filter((h) => (m.hooks as unknown[]).includes(h)) : [],
    config: (m.config ?? {}) as PolicyManifest['config'],
    scope: (typeof m.scope === 'object' && m.scope !== null ? m.scope : {}) as PolicyManifest['scope'],
    mode: m.mode === 'audit' ? 'audit' : 'enforce',
    onError: m.onError === 'open' ? 'open' : 'closed',
    values: m.values === 'bytes' ? 'bytes' : 'text',
    requestApiKeys: Array.isArray(m.requestApiKeys)
      ? m.requestApiKeys.filter((k) => Number.isInteger(k))
      : [],
  };
}

/**
 * The batch with each typed array in an ArrayBuffer of its own. An isolate call copies a view's
 * whole ArrayBuffer, and a batch that came over IPC is views of the message it came in (every
 * batch of a group, 200 KB for three 64 KB batches): that copied the message once per array.
 */
function ownBuffers(b: WireBatch): WireBatch {
  const whole = (a: ArrayBufferView) => a.byteLength === a.buffer.byteLength;
  return {
    ...b,
    // new Uint8Array copies a Buffer too (a Buffer's slice is a view).
    bytes: whole(b.bytes) ? b.bytes : new Uint8Array(b.bytes),
    layout: whole(b.layout) ? b.layout : b.layout.slice(),
    ts: whole(b.ts) ? b.ts : b.ts.slice(),
    od: whole(b.od) ? b.od : b.od.slice(),
  };
}
