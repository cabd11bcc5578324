// One client process of bench/connections-scale.ts: opens its share of TLS connections to the
// port under test (SNI name given, certificate verified against the rig's CA), each a full
// handshake (no session reuse), then holds them idle; on command sends one ApiVersions request
// on each and waits for its answer. Several of these run at once: RLIMIT_NOFILE is per process,
// so the client side of 10,000 connections is split over processes. Driven over the IPC
// channel of child_process.fork; every command is answered with one message.
import { readFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { connect, type TLSSocket } from 'node:tls';
import { FrameDecoder } from '../kafka/frame.ts';
import type { ApiVersionsResponse } from '../kafka/generated/api-versions.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../kafka/messages.ts';

export interface OpenCommand {
  op: 'open';
  host: string;
  port: number;
  count: number;
  servername: string;
  caFile: string;
  maxVersion: 'TLSv1.2' | 'TLSv1.3';
  /** Source addresses, used in turn (127.0.0.x). */
  localAddresses: string[];
  /** Handshakes in flight at once from this process. */
  concurrency: number;
}

export interface Opened {
  op: 'opened';
  ok: number;
  failed: number;
  firstError?: string;
  /** Wall-clock ms (performance.timeOrigin + now) of the first connect and the last handshake. */
  startedAt: number;
  endedAt: number;
  /** Connect to secureConnect per handshake, sorted, ms. */
  latencies: number[];
  protocol: string | null;
}

export interface Answered {
  op: 'answered';
  ok: number;
  failed: number;
  firstError?: string;
  ms: number;
}

export interface Status {
  op: 'status';
  open: number;
  dropped: number;
}

export type Command = OpenCommand | { op: 'request'; count: number; concurrency: number } | { op: 'status' };

const API_VERSIONS = 18;
const VERSION = 3;
const sockets: TLSSocket[] = [];
let dropped = 0;
let closing = false;
const now = () => performance.timeOrigin + performance.now();

function openOne(c: OpenCommand, ca: Buffer, i: number): Promise<{ ms: number; socket: TLSSocket }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const tcp = netConnect({
      host: c.host,
      port: c.port,
      localAddress: c.localAddresses[i % c.localAddresses.length],
    });
    tcp.setNoDelay(true);
    const socket = connect({
      socket: tcp,
      servername: c.servername,
      ca,
      maxVersion: c.maxVersion,
    });
    socket.once('secureConnect', () => {
      socket.off('error', reject);
      socket.on('error', () => {});
      socket.on('close', () => {
        if (!closing) dropped++;
      });
      resolve({ ms: performance.now() - t0, socket });
    });
    socket.once('error', reject);
  });
}

async function open(c: OpenCommand): Promise<Opened> {
  const ca = readFileSync(c.caFile);
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  let next = 0;
  const startedAt = now();
  let endedAt = startedAt;
  const lane = async () => {
    while (next < c.count) {
      const i = next++;
      try {
        const { ms, socket } = await openOne(c, ca, i);
        sockets.push(socket);
        latencies.push(ms);
        endedAt = now();
      } catch (err) {
        failed++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(c.concurrency, c.count) }, lane));
  latencies.sort((a, b) => a - b);
  return {
    op: 'opened',
    ok: latencies.length,
    failed,
    firstError,
    startedAt,
    endedAt,
    latencies,
    protocol: sockets[0]?.getProtocol() ?? null,
  };
}

function requestOne(socket: TLSSocket, correlationId: number): Promise<void> {
  const frames = new FrameDecoder({ maxFrameSize: 1 << 20 });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const [frame] = frames.push(chunk);
      if (!frame) return;
      done();
      const res = decodeResponseFrame(frame, API_VERSIONS, VERSION).body as ApiVersionsResponse;
      if (res.errorCode === 0) resolve();
      else reject(new Error(`ApiVersions error ${res.errorCode}`));
    };
    const onClose = () => {
      done();
      reject(new Error('connection closed before the answer'));
    };
    const done = () => {
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.pause();
    };
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.write(
      encodeRequestFrame(
        { requestApiKey: API_VERSIONS, requestApiVersion: VERSION, correlationId, clientId: 'scale-bench' },
        { clientSoftwareName: 'sluice-bench', clientSoftwareVersion: '1.0' },
      ),
    );
  });
}

async function request(count: number, concurrency: number): Promise<Answered> {
  const t0 = performance.now();
  let ok = 0;
  let failed = 0;
  let firstError: string | undefined;
  let next = 0;
  const targets = sockets.slice(0, count);
  const lane = async () => {
    while (next < targets.length) {
      const i = next++;
      try {
        await requestOne(targets[i], i + 1);
        ok++;
      } catch (err) {
        failed++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, targets.length) }, lane));
  return { op: 'answered', ok, failed, firstError, ms: performance.now() - t0 };
}

process.on('message', async (cmd: Command) => {
  if (cmd.op === 'open') process.send!(await open(cmd));
  else if (cmd.op === 'request') process.send!(await request(cmd.count, cmd.concurrency));
  else if (cmd.op === 'status') {
    process.send!({
      op: 'status',
      open: sockets.filter((s) => !s.destroyed).length,
      dropped,
    } satisfies Status);
  }
});
process.send!({ op: 'ready' });
process.on('disconnect', () => {
  closing = true;
  for (const s of sockets) s.destroy();
  process.exit(0);
});
