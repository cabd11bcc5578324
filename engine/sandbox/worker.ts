// A sandbox worker process, started by worker-slot.ts with `--no-node-snapshot` (isolated-vm
// requires it). It only wires its message channel (fd 3, channel.ts) to a SandboxWorker
// (sandbox-worker.ts), which hosts the policies' isolates and catches everything that can go
// wrong inside them; what cannot be caught there (a hung or aborted process) is the host's
// job: it kills and replaces this process.

import { Socket } from 'node:net';
import { readFrames, writeFrame } from './channel.ts';
import type { ToWorker } from './messages.ts';
import { SandboxWorker } from './sandbox-worker.ts';

const channel = new Socket({ fd: 3, readable: true, writable: true });
const worker = new SandboxWorker(
  { send: (m) => writeFrame(channel, m) },
  // The queue bound, from pool.ts.
  { queueTimeoutMs: Number(process.argv[2] ?? 5000) },
);
// The host going away (or writing what is not a frame) must take this process with it.
readFrames(
  channel,
  (m) => worker.receive(m as ToWorker),
  () => process.exit(1),
);
channel.on('close', () => process.exit(0));
channel.on('error', () => process.exit(0));
worker.start();
