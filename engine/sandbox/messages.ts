// The IPC messages between the host (pool.ts) and a sandbox worker process (worker.ts).
// Sent with `serialization: 'advanced'`, so Uint8Arrays travel as bytes, not JSON. Each side
// coalesces what it sends within one turn of its event loop into a `many` message: one IPC
// write costs tens of µs here, as much as a small policy's whole batch.

import type {
  HostCallOp,
  HostCallReply,
  PolicyManifest,
  WireContext,
  WireResult,
} from '../../sdk/runtime/wire.ts';
import type { HookName } from '../../sdk/types.ts';

/** Per-policy resource limits, enforced in the worker and (deadline) again by the host. */
export interface SandboxLimits {
  /** Isolate heap limit in MB (isolated-vm's minimum is 8). */
  memoryMb: number;
  /** Wall-clock deadline for one batch, including capability calls. */
  deadlineMs: number;
  /** CPU the isolate may spend on one batch, summed over all its slices (isolate.cpuTime). */
  cpuMs: number;
  /** Cap on the size of one verdict (records, logs, metrics), measured before it leaves the worker. */
  maxOutputBytes: number;
  /** Deadline for loading the bundle and running init(). */
  loadTimeoutMs: number;
}

export const DEFAULT_LIMITS: SandboxLimits = {
  memoryMb: 64,
  deadlineMs: 200,
  cpuMs: 150,
  maxOutputBytes: 16 * 1024 * 1024,
  loadTimeoutMs: 5000,
};

/**
 * Why a batch got no verdict. `threw` and `malformed` are the policy's fault; `too-large` is
 * the client's (a batch bigger than the policy's sandbox takes); the rest are limits or
 * infrastructure.
 */
export type FailureKind =
  | 'too-large'
  | 'timeout'
  | 'memory'
  | 'cpu'
  | 'output'
  | 'crash'
  | 'threw'
  | 'malformed'
  | 'unavailable';

/** One batch of a `run` message. `at` is when the host sent it (epoch ms, for the queue bound). */
export interface RunItem {
  id: number;
  ctx: WireContext;
  payload: unknown;
  at: number;
}

export type ToWorker =
  | {
      t: 'load';
      id: number;
      key: string;
      code: string;
      config: Record<string, unknown>;
      limits: SandboxLimits;
    }
  /**
   * Batches for one policy and hook, sent in one turn (e.g. the partitions of one request). The
   * worker runs them back to back and reports them in one write.
   */
  | { t: 'run'; key: string; hook: HookName; items: RunItem[] }
  | { t: 'unload'; key: string }
  /** The replies to one `cap` message, in the order of its calls. */
  | { t: 'cap-reply'; cid: number; replies: HostCallReply[] }
  | { t: 'stats'; id: number; key: string }
  | { t: 'many'; msgs: ToWorker[] };

export interface HostCallRequest {
  op: HostCallOp;
  args: unknown;
}

export type RunMessage = Extract<ToWorker, { t: 'run' }>;

export interface HeapStats {
  totalHeapSize: number;
  usedHeapSize: number;
  externalBytes: number;
}

export type FromWorker =
  | { t: 'ready' }
  | { t: 'loaded'; id: number; manifest: PolicyManifest; config: Record<string, unknown> }
  | { t: 'load-failed'; id: number; kind: FailureKind | 'config'; message: string }
  | { t: 'result'; id: number; result: WireResult; cpuNs: number }
  /** `queued`: skipped without running, it waited past the queue bound. */
  | { t: 'failed'; id: number; kind: FailureKind; message: string; queued?: boolean }
  /** The capability calls a policy made in one synchronous stretch, answered together. */
  | { t: 'cap'; cid: number; key: string; calls: HostCallRequest[] }
  | { t: 'stats'; id: number; heap: HeapStats | null }
  | { t: 'many'; msgs: FromWorker[] };
