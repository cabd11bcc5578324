// A sandbox worker process: hosts one isolated-vm isolate per loaded policy and runs batches
// in them. Started by pool.ts with `--no-node-snapshot` (isolated-vm requires it). Everything
// that can go wrong inside an isolate is caught here and reported as a failure kind; what
// cannot be caught here (a hung or aborted process) is the host's job: it kills and replaces
// this process.

import ivm from 'isolated-vm';
import { checkConfigSpec, resolveConfig } from '../../sdk/config.ts';
import { decodeWireBatch } from '../../sdk/host/batch.ts';
import { compileJsonSchemaFields } from '../../sdk/host/json-schema-compile.ts';
import type {
  HostCallReply,
  PolicyManifest,
  WireBatch,
  WireContext,
  WireResult,
} from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';
import { HOOK_NAMES } from '../../sdk/types.ts';
import { isCapabilityOp } from '../capabilities.ts';
import { BOOTSTRAP_SCRIPT, HOST_REF_GLOBAL } from './bootstrap.ts';
import type { FailureKind, FromWorker, RunItem, RunMessage, SandboxLimits, ToWorker } from './messages.ts';

interface Loaded {
  key: string;
  code: string;
  config: Record<string, unknown>;
  limits: SandboxLimits;
  isolate: ivm.Isolate;
  context: ivm.Context;
  start: ivm.Reference<
    (hook: HookName, ctx: WireContext, payload: unknown) => WireResult | { pending: number }
  >;
  finish: ivm.Reference<(id: number) => Promise<WireResult>>;
}

const loaded = new Map<string, Loaded>();
/** Keys whose isolate is being recreated after a timeout or memory failure; runs wait for them. */
const replacing = new Map<string, Promise<void>>();
const pendingCaps = new Map<number, (reply: HostCallReply) => void>();
let nextCap = 1;

/**
 * Messages waiting to go to the host. They leave in one IPC write: before the next group of
 * batches starts (so the host's deadline timer moves on to it), when the run queue is empty,
 * or on the next turn.
 */
let outbox: FromWorker[] = [];
let flushScheduled = false;

function send(m: FromWorker): void {
  outbox.push(m);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flush);
  }
}

function flush(): void {
  flushScheduled = false;
  const msgs = outbox;
  if (msgs.length === 0) return;
  outbox = [];
  process.send?.(msgs.length === 1 ? msgs[0] : { t: 'many', msgs });
}

class SandboxFailure extends Error {
  readonly kind: FailureKind | 'config';
  constructor(kind: FailureKind | 'config', message: string) {
    super(message);
    this.kind = kind;
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

async function hostCall(key: string, op: string, args: unknown): Promise<HostCallReply> {
  if (!loaded.has(key)) return { ok: false, error: 'policy is not loaded' };
  if (!isCapabilityOp(op)) return { ok: false, error: `unknown capability ${op}` };
  const cid = nextCap++;
  return new Promise((resolve) => {
    pendingCaps.set(cid, resolve);
    send({ t: 'cap', cid, key, op, args });
  });
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

async function createIsolate(
  key: string,
  code: string,
  configInput: Record<string, unknown>,
  limits: SandboxLimits,
): Promise<{ entry: Loaded; manifest: PolicyManifest; config: Record<string, unknown> }> {
  const isolate = new ivm.Isolate({ memoryLimit: Math.max(8, limits.memoryMb) });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (!isolate.isDisposed) isolate.dispose();
  }, limits.loadTimeoutMs);
  try {
    const context = await isolate.createContext();
    await context.global.set(
      HOST_REF_GLOBAL,
      new ivm.Reference((op: string, args: unknown) => hostCall(key, op, args)),
    );
    await context.eval(BOOTSTRAP_SCRIPT);
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
    )) as Loaded['start'];
    const finish = (await context.evalClosure(
      'const rt = globalThis.__sluice; return (id) => rt.finish(id);',
      [],
      { result: { reference: true }, timeout: limits.loadTimeoutMs },
    )) as Loaded['finish'];
    return {
      entry: { key, code, config: configInput, limits, isolate, context, start, finish },
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

/** Keys whose load is in progress; a run that arrives meanwhile waits for it (loads await). */
const loading = new Map<string, Promise<void>>();

function load(m: Extract<ToWorker, { t: 'load' }>): Promise<void> {
  const done = loadNow(m).finally(() => {
    if (loading.get(m.key) === done) loading.delete(m.key);
  });
  loading.set(m.key, done);
  return done;
}

async function loadNow(m: Extract<ToWorker, { t: 'load' }>): Promise<void> {
  try {
    const { entry, manifest, config } = await createIsolate(m.key, m.code, m.config, m.limits);
    unload(m.key);
    unloaded.delete(m.key);
    loaded.set(m.key, entry);
    send({ t: 'loaded', id: m.id, manifest, config });
  } catch (e) {
    const f = e as SandboxFailure;
    send({ t: 'load-failed', id: m.id, kind: f.kind ?? 'threw', message: f.message });
  }
}

/** Keys unloaded while their isolate was being replaced, so the replacement is dropped. */
const unloaded = new Set<string>();

function unload(key: string): void {
  if (replacing.has(key)) unloaded.add(key);
  const entry = loaded.get(key);
  if (!entry) return;
  loaded.delete(key);
  entry.start.release();
  entry.finish.release();
  if (!entry.isolate.isDisposed) entry.isolate.dispose();
}

/** After a timeout or memory failure the isolate is gone or suspect: start a fresh one from the same bundle. */
function replaceIsolate(entry: Loaded): Promise<void> {
  if (loaded.get(entry.key) !== entry) return Promise.resolve();
  loaded.delete(entry.key);
  if (!entry.isolate.isDisposed) entry.isolate.dispose();
  const done = createIsolate(entry.key, entry.code, entry.config, entry.limits)
    .then((fresh) => {
      if (!loaded.has(entry.key) && !unloaded.has(entry.key)) loaded.set(entry.key, fresh.entry);
      else fresh.entry.isolate.dispose();
    })
    .catch(() => {
      // The next batch for this key reports 'unavailable'.
    })
    .finally(() => replacing.delete(entry.key));
  replacing.set(entry.key, done);
  return done;
}

/** Longest a batch may wait between the host's send and its start (argv from pool.ts). */
const QUEUE_TIMEOUT_MS = Number(process.argv[2] ?? 5000);

/**
 * Groups received but not started. One group starts per event-loop turn, so between two groups
 * the worker reads its IPC channel (capability replies are seen even when hundreds of batches
 * are waiting; a chain of microtasks would never yield to I/O). The batches of one group run
 * back to back, and their results leave together.
 */
const runQueue: RunMessage[] = [];
/** A drain is scheduled, or a group is being run. */
let draining = false;

function enqueueRun(m: RunMessage): void {
  runQueue.push(m);
  if (!draining) {
    draining = true;
    setImmediate(drainOne);
  }
}

/**
 * The group being started: its next batch to start, the runs started so far, and how long it
 * may run before it yields (half its policy's deadline).
 */
let current: { g: RunMessage; next: number; waited: number; runs: Promise<void>[]; every: number } | null =
  null;

function drainOne(): void {
  if (!current) {
    const g = runQueue.shift();
    if (!g) {
      draining = false;
      return;
    }
    // The host times a group from when it hears that the groups ahead are done: tell it now,
    // before this group runs (and perhaps wedges this process).
    flush();
    // The queue bound is for waiting behind other groups: a request with many partition
    // batches runs whole once started, or its client would retry the same request forever.
    // A policy not loaded here answers each batch at once ('unavailable'): no need to yield.
    const deadlineMs = loaded.get(g.key)?.limits.deadlineMs ?? Number.POSITIVE_INFINITY;
    current = { g, next: 0, waited: Date.now() - g.items[0].at, runs: [], every: deadlineMs / 2 };
  }
  const c = current;
  const first = c.next;
  const t0 = performance.now();
  while (c.next < c.g.items.length) {
    // At least one batch per turn, so the group always moves on.
    if (c.next > first && performance.now() - t0 > c.every) {
      // Every half deadline: answers go out (the host times a long group from its last
      // progress, see pool.ts #timeHead), and loads, capability replies and stats get a turn.
      flush();
      setImmediate(drainOne);
      return;
    }
    const item = c.g.items[c.next++];
    if (c.waited > QUEUE_TIMEOUT_MS) {
      send({
        t: 'failed',
        id: item.id,
        kind: 'timeout',
        message: `batch waited over ${QUEUE_TIMEOUT_MS} ms for its sandbox worker; not run`,
        queued: true,
      });
    } else c.runs.push(run(c.g.key, c.g.hook, item));
  }
  current = null;
  flush();
  // The next group starts once this one's asynchronous batches (capability calls, a rebuilt
  // isolate) are done too: the group the host times is then always the one running.
  void Promise.allSettled(c.runs).then(() => {
    if (runQueue.length > 0) setImmediate(drainOne);
    else draining = false;
  });
}

async function run(key: string, hook: HookName, m: RunItem): Promise<void> {
  const pendingLoad = loading.get(key);
  if (pendingLoad) await pendingLoad;
  const replacement = replacing.get(key);
  if (replacement) await replacement;
  const entry = loaded.get(key);
  if (!entry) {
    send({ t: 'failed', id: m.id, kind: 'unavailable', message: 'policy is not loaded in this worker' });
    return;
  }
  const { isolate, limits } = entry;
  let timedOut = false;
  const timer = setTimeout(() => {
    // Covers what isolated-vm's own timeout does not: code that runs after an await.
    timedOut = true;
    if (!isolate.isDisposed) isolate.dispose();
  }, limits.deadlineMs);
  const cpuBefore = isolate.cpuTime;
  try {
    // A synchronous call first: most hooks are synchronous, and a sync isolate call costs a
    // fraction of an async one. isolated-vm's timeout bounds it; a wedged process is the host's job.
    // Text policies: decode here (Node has TextDecoder, the isolate does not), and hand the
    // text over as its own argument, which copies far faster than a string nested in an object.
    let text: string | undefined;
    const withRecords = m.payload as { records?: WireBatch } | null;
    if (withRecords?.records?.decode) {
      const decoded = decodeWireBatch(withRecords.records);
      withRecords.records = decoded.batch;
      text = decoded.text;
    }
    const started = entry.start.applySync(undefined, [hook, m.ctx, m.payload, text] as never, {
      arguments: { copy: true },
      result: { copy: true },
      timeout: limits.deadlineMs,
    }) as unknown;
    let result: WireResult;
    const pendingId = (started as { pending?: unknown } | null)?.pending;
    if (typeof pendingId === 'number') {
      // An async hook (capability calls): wait for it without blocking this process's event loop.
      result = (await entry.finish.apply(undefined, [pendingId], {
        result: { promise: true, copy: true },
        timeout: limits.deadlineMs,
      })) as WireResult;
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
    send({ t: 'result', id: m.id, result, cpuNs });
  } catch (e) {
    const f = classify(e, isolate, timedOut);
    send({ t: 'failed', id: m.id, kind: f.kind as FailureKind, message: f.message });
    if (f.kind === 'timeout' || f.kind === 'memory' || isolate.isDisposed) void replaceIsolate(entry);
  } finally {
    clearTimeout(timer);
  }
}

function onMessage(m: ToWorker): void {
  switch (m.t) {
    case 'many':
      for (const one of m.msgs) onMessage(one);
      break;
    case 'load':
      void load(m);
      break;
    case 'run':
      enqueueRun(m);
      break;
    case 'unload':
      unload(m.key);
      break;
    case 'cap-reply': {
      const resolve = pendingCaps.get(m.cid);
      pendingCaps.delete(m.cid);
      resolve?.(m.reply);
      break;
    }
    case 'stats': {
      const entry = loaded.get(m.key);
      const h = entry && !entry.isolate.isDisposed ? entry.isolate.getHeapStatisticsSync() : null;
      send({
        t: 'stats',
        id: m.id,
        heap: h
          ? {
              totalHeapSize: h.total_heap_size,
              usedHeapSize: h.used_heap_size,
              externalBytes: h.externally_allocated_size,
            }
          : null,
      });
      break;
    }
  }
}

process.on('message', onMessage);
// The host going away must take this process with it.
process.on('disconnect', () => process.exit(0));
send({ t: 'ready' });
