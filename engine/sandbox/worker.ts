// A sandbox worker process, forked by pool.ts with `--no-node-snapshot` (isolated-vm requires
// it). It only wires the IPC channel to a SandboxWorker (sandbox-worker.ts), which hosts the
// policies' isolates and catches everything that can go wrong inside them; what cannot be
// caught there (a hung or aborted process) is the host's job: it kills and replaces this process.

import type { ToWorker } from './messages.ts';
import { SandboxWorker } from './sandbox-worker.ts';

const worker = new SandboxWorker(
  { send: (m) => process.send?.(m) },
  // The queue bound, from pool.ts.
  { queueTimeoutMs: Number(process.argv[2] ?? 5000) },
);
process.on('message', (m: ToWorker) => worker.receive(m));
// The host going away must take this process with it.
process.on('disconnect', () => process.exit(0));
worker.start();
