// Issue 15 §4, scale: thousands of concurrent client connections through Sluice's SNI TLS port
// (a real `sluice start` process in front of a real broker), against a bare Node TLS server with
// the same certificate and options under the same client load, in the same run. Per count:
// handshakes per second while opening (and the server's CPU per handshake), the server's RSS
// before, with every connection idle after its handshake, and after one ApiVersions request on
// each (Sluice dials the broker on a client's first request, so idle connections hold no
// upstream socket); the server's CPU over an idle window, as CPU-seconds per idle connection
// per hour (net of the same server's CPU with no connections).
//
// Clients are separate Node processes (bench/connections-scale-client.ts), at most
// SLUICE_BENCH_SCALE_PER_CLIENT connections each: RLIMIT_NOFILE counts per process, so 10,000
// client sockets fit in four processes under a 20,000 limit, and the server's own descriptors
// are what limit it. They connect to 127.0.0.1 from 127.0.0.1–127.0.0.20 and send the SNI name
// brokermain0-gateway.sluice.test (no name resolution needed: SNI is what the client sends),
// verifying the certificate against the rig's CA; every handshake is a full one.
//
// Usage: ./node_modules/.bin/node --no-node-snapshot bench/connections-scale.ts
// knobs: SLUICE_BENCH_SCALE_CONNECTIONS=1000,5000,10000  SLUICE_BENCH_SCALE_IDLE_SECONDS=60
//        SLUICE_BENCH_SCALE_TARGETS=sluice,node,sluice-tls12,node-tls12,node-noticket (more:
//        node-peek, node-peek-tls12: the bare server behind a ClientHello read, as Sluice's;
//        node-pooled, node-pooled-tls12: its cleartext read into a SocketReader, as Sluice's)
//        SLUICE_BENCH_SCALE_PER_CLIENT=2500  SLUICE_BENCH_SCALE_CONCURRENCY=32 (handshakes in
//        flight per client process)  SLUICE_BENCH_SCALE_HEAP_CENSUS=1 (heap snapshots before and
//        idle: what the JS heap grew by per connection, by kind; for 1,000 or so, not 10,000; the
//        snapshots themselves grow the RSS, so a census run's RSS figures do not count)
import { type ChildProcess, fork } from 'node:child_process';
import { constants } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../rig/kafka-cluster.ts';
import { rssOf } from '../test/gateway/support/connection-soak.ts';
import { freePortBlock } from '../test/gateway/support/gateway-harness.ts';
import type { Answered, Command, Opened, Status } from './connections-scale-client.ts';
import { processCpuSeconds, startGatewayProcess } from './gateway-process.ts';
import { envNumber } from './measure.ts';

const DOMAIN = 'sluice.test';
const SERVERNAME = `brokermain0-gateway.${DOMAIN}`;
const KiB = 1024;
const MiB = 1024 * 1024;
const CLIENT = join(import.meta.dirname, 'connections-scale-client.ts');
const TLS_SERVER = join(import.meta.dirname, 'connections-scale-tls-server.ts');
const SOURCES = Array.from({ length: 20 }, (_, i) => `127.0.0.${i + 1}`);
/** Descriptors kept free in the server for what it opens besides client and upstream sockets. */
const FD_MARGIN = 100;

interface Target {
  name: string;
  what: string;
  kind: 'sluice' | 'node';
  /** The highest TLS version the clients offer. */
  maxVersion: 'TLSv1.2' | 'TLSv1.3';
  /** Extra tls.createServer options (node targets). */
  extra?: Record<string, unknown>;
  /** Whether this target gets the idle-CPU window (the variants are for memory only). */
  idle: boolean;
}

const TARGETS: Record<string, Target> = {
  sluice: { name: 'sluice', what: 'Sluice, SNI listener', kind: 'sluice', maxVersion: 'TLSv1.3', idle: true },
  node: { name: 'node', what: 'bare Node tls.createServer', kind: 'node', maxVersion: 'TLSv1.3', idle: true },
  'sluice-tls12': {
    name: 'sluice-tls12',
    what: 'Sluice, clients capped at TLS 1.2',
    kind: 'sluice',
    maxVersion: 'TLSv1.2',
    idle: false,
  },
  'node-tls12': {
    name: 'node-tls12',
    what: 'bare Node, clients capped at TLS 1.2',
    kind: 'node',
    maxVersion: 'TLSv1.2',
    idle: false,
  },
  'node-peek': {
    name: 'node-peek',
    what: "bare Node, ClientHello read first on a TCP server (Sluice's way in)",
    kind: 'node',
    maxVersion: 'TLSv1.3',
    extra: { peek: true },
    idle: false,
  },
  'node-peek-tls12': {
    name: 'node-peek-tls12',
    what: 'bare Node, ClientHello read first, clients capped at TLS 1.2',
    kind: 'node',
    maxVersion: 'TLSv1.2',
    extra: { peek: true },
    idle: false,
  },
  'node-pooled': {
    name: 'node-pooled',
    what: "bare Node, cleartext read into a SocketReader (Sluice's TLS reads)",
    kind: 'node',
    maxVersion: 'TLSv1.3',
    extra: { pooled: true },
    idle: false,
  },
  'node-pooled-tls12': {
    name: 'node-pooled-tls12',
    what: 'bare Node, SocketReader reads, clients capped at TLS 1.2',
    kind: 'node',
    maxVersion: 'TLSv1.2',
    extra: { pooled: true },
    idle: false,
  },
  'node-noticket': {
    name: 'node-noticket',
    what: 'bare Node, SSL_OP_NO_TICKET (no session tickets)',
    kind: 'node',
    maxVersion: 'TLSv1.3',
    extra: { secureOptions: constants.SSL_OP_NO_TICKET },
    idle: false,
  },
};

interface Server {
  pid: number;
  port: number;
  /** The server's inspector port (--inspect), for a full GC and its JS heap size. */
  inspectPort: number;
  stop(): Promise<void>;
}

/** Self size and count per kind of JS object (`type:constructor`) in a heap snapshot. */
type HeapCensus = Map<string, { count: number; bytes: number }>;

/**
 * A DevTools-protocol session with a server started with --inspect: `heapUsed()` forces a full
 * garbage collection and returns the JS heap's used bytes, so that memory can be read without
 * the young generation's garbage and split into JS objects and the rest (OpenSSL, buffers);
 * `census()` takes a heap snapshot and counts what is in it.
 */
async function inspect(port: number): Promise<{
  heapUsed(): Promise<number>;
  census(): Promise<HeapCensus>;
  close(): void;
}> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = reject;
  });
  const pending = new Map<number, (result: Record<string, number>) => void>();
  let chunks: string[] = [];
  let id = 0;
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data)) as {
      id?: number;
      method?: string;
      params?: { chunk: string };
      result?: Record<string, number>;
    };
    if (m.method === 'HeapProfiler.addHeapSnapshotChunk') chunks.push(m.params!.chunk);
    else if (m.id !== undefined) pending.get(m.id)?.(m.result ?? {});
  };
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method }));
    });
  return {
    async heapUsed() {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize;
    },
    async census() {
      chunks = [];
      await call('HeapProfiler.takeHeapSnapshot');
      const snap = JSON.parse(chunks.join('')) as {
        snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
        nodes: number[];
        strings: string[];
      };
      chunks = [];
      const fields = snap.snapshot.meta.node_fields;
      const types = snap.snapshot.meta.node_types[0];
      const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
      const out: HeapCensus = new Map();
      for (let i = 0; i < snap.nodes.length; i += fields.length) {
        const t = types[snap.nodes[i + type]];
        // Objects and closures by constructor name; strings, code, arrays and the rest by kind.
        const key =
          t === 'object' || t === 'closure' || t === 'native'
            ? `${t}:${snap.strings[snap.nodes[i + name]]}`
            : t;
        const entry = out.get(key) ?? { count: 0, bytes: 0 };
        entry.count++;
        entry.bytes += snap.nodes[i + size];
        out.set(key, entry);
      }
      return out;
    },
    close: () => ws.close(),
  };
}

/** The kinds of JS object that grew most between two censuses, per connection. */
function censusGrowth(before: HeapCensus, after: HeapCensus, connections: number, top = 15): string {
  const rows = [...after].map(([key, a]) => {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    return { key, count: (a.count - b.count) / connections, bytes: (a.bytes - b.bytes) / connections };
  });
  rows.sort((x, y) => y.bytes - x.bytes);
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  return (
    `JS heap per connection by kind (heap snapshots; ${(total / KiB).toFixed(1)} KiB in all): ` +
    rows
      .slice(0, top)
      .map((r) => `${r.key} ${r.bytes.toFixed(0)} B (${r.count.toFixed(1)})`)
      .join(', ')
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const fdsOf = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;

function fdLimitOf(pid: number): number {
  const soft = /^Max open files\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/limits`, 'utf8'))?.[1];
  return soft === undefined ? Number.POSITIVE_INFINITY : Number(soft);
}

/** A forked helper's next message of kind `op`. */
function next<T>(child: ChildProcess, op: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { op: string }) => {
      if (m.op !== op) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as T);
    };
    const onExit = (code: number | null) => reject(new Error(`helper exited (${code}) before "${op}"`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function startNodeServer(
  certFile: string,
  keyFile: string,
  extra: Record<string, unknown>,
): Promise<Server> {
  const inspectPort = await freePortBlock(1);
  const child = fork(TLS_SERVER, [certFile, keyFile, JSON.stringify(extra)], {
    stdio: ['ignore', 'inherit', 'ignore', 'ipc'],
    execArgv: ['--no-node-snapshot', `--inspect=127.0.0.1:${inspectPort}`],
  });
  const { port } = await next<{ port: number }>(child, 'listening');
  return {
    pid: child.pid!,
    port,
    inspectPort,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function startSluice(dir: string, bootstrap: string, tlsDir: string, name: string): Promise<Server> {
  const port = await freePortBlock(1);
  const inspectPort = await freePortBlock(1);
  const gateway = await startGatewayProcess({
    name,
    dir,
    nodeArgs: [`--inspect=127.0.0.1:${inspectPort}`],
    config: {
      logging: { level: 'info' },
      upstream: { bootstrapServers: [bootstrap] },
      // The per-address and rate limits are for hostile clients; here they would cap the load.
      limits: { maxConnections: 100_000, maxConnectionsPerIp: 100_000, connectionsPerSecondPerIp: 100_000 },
      listeners: [
        {
          name: 'scale',
          routing: 'sni',
          port,
          bootstrapHost: `gateway.${DOMAIN}`,
          brokerHostPattern: `brokermain{nodeId}-gateway.${DOMAIN}`,
          tls: { certFile: join(tlsDir, 'server-chain.crt'), keyFile: join(tlsDir, 'server.key') },
        },
      ],
    },
  });
  return { pid: gateway.pid, port, inspectPort, stop: () => gateway.stop() };
}

interface Row {
  target: Target;
  connections: number;
  opened: number;
  failed: number;
  firstError?: string;
  protocol: string | null;
  handshakesPerSecond: number;
  cpuMsPerHandshake: number;
  clientCpuMsPerHandshake: number;
  handshakeP50: number;
  handshakeP99: number;
  /** After a full GC, before the first connection. */
  rssBefore: number;
  heapBefore: number;
  /** With every connection open and idle: as it is, then after a full GC. */
  rssIdle: number;
  rssIdleGc: number;
  heapIdle: number;
  fdsIdle: number;
  fdLimit: number;
  /** CPU-seconds per idle connection per hour, net of the empty server's; undefined: not measured. */
  idleCpuPerConnHour?: number;
  idleCpuSeconds?: number;
  idleSeconds?: number;
  dropped: number;
  requested: number;
  answered: number;
  requestFailed: number;
  requestError?: string;
  rssRequested: number;
  fdsRequested: number;
  /** With SLUICE_BENCH_SCALE_HEAP_CENSUS=1: what the JS heap grew by, per connection, by kind. */
  growth?: string;
}

async function measureTarget(
  target: Target,
  connections: number,
  start: () => Promise<Server>,
  caFile: string,
  emptyCpuPerSecond: Map<string, number>,
  idleSeconds: number,
  census: boolean,
): Promise<Row> {
  const server = await start();
  const perClient = envNumber('SLUICE_BENCH_SCALE_PER_CLIENT', 2500);
  const concurrency = envNumber('SLUICE_BENCH_SCALE_CONCURRENCY', 32);
  const clients: ChildProcess[] = [];
  const inspector = await inspect(server.inspectPort);
  try {
    await sleep(3000);
    // The server's CPU with no connections, once per kind of server: what the idle window subtracts.
    if (target.idle && !emptyCpuPerSecond.has(target.kind)) {
      const seconds = Math.min(30, idleSeconds);
      const c0 = processCpuSeconds(server.pid);
      await sleep(seconds * 1000);
      emptyCpuPerSecond.set(target.kind, (processCpuSeconds(server.pid) - c0) / seconds);
    }
    const heapBefore = await inspector.heapUsed();
    const rssBefore = rssOf(server.pid);
    const censusBefore = census ? await inspector.census() : undefined;

    const shares: number[] = [];
    for (let left = connections; left > 0; left -= perClient) shares.push(Math.min(perClient, left));
    for (const _ of shares) clients.push(fork(CLIENT, [], { stdio: 'inherit' }));
    // Started and loaded before the clock starts: their start-up is no handshake's CPU.
    await Promise.all(clients.map((c) => next(c, 'ready')));
    const send = (c: ChildProcess, cmd: Command) => c.send(cmd);
    const clientCpu = () => clients.reduce((sum, c) => sum + processCpuSeconds(c.pid!), 0);

    const cpuOpen0 = processCpuSeconds(server.pid);
    const clientCpu0 = clientCpu();
    const opened = await Promise.all(
      clients.map((c, i) => {
        const reply = next<Opened>(c, 'opened');
        send(c, {
          op: 'open',
          host: '127.0.0.1',
          port: server.port,
          count: shares[i],
          servername: SERVERNAME,
          caFile,
          maxVersion: target.maxVersion,
          // Each process its own addresses, so no two share a (source, destination) pair.
          localAddresses: SOURCES.filter((_, k) => k % clients.length === i),
          concurrency,
        });
        return reply;
      }),
    );
    const cpuOpen = processCpuSeconds(server.pid) - cpuOpen0;
    const clientCpuOpen = clientCpu() - clientCpu0;
    const ok = opened.reduce((s, o) => s + o.ok, 0);
    const failed = opened.reduce((s, o) => s + o.failed, 0);
    const span =
      (Math.max(...opened.map((o) => o.endedAt)) - Math.min(...opened.map((o) => o.startedAt))) / 1000;
    const latencies = opened.flatMap((o) => o.latencies).sort((a, b) => a - b);
    await sleep(3000);
    const rssIdle = rssOf(server.pid);
    const fdsIdle = fdsOf(server.pid);
    const heapIdle = await inspector.heapUsed();
    const rssIdleGc = rssOf(server.pid);
    const growth = censusBefore ? censusGrowth(censusBefore, await inspector.census(), ok) : undefined;

    let idleCpuPerConnHour: number | undefined;
    let idleCpuSeconds: number | undefined;
    if (target.idle) {
      const c0 = processCpuSeconds(server.pid);
      const t0 = performance.now();
      await sleep(idleSeconds * 1000);
      const seconds = (performance.now() - t0) / 1000;
      idleCpuSeconds = processCpuSeconds(server.pid) - c0;
      const net = idleCpuSeconds - (emptyCpuPerSecond.get(target.kind) ?? 0) * seconds;
      idleCpuPerConnHour = (net / ok / seconds) * 3600;
    }
    const statuses = await Promise.all(
      clients.map((c) => {
        const reply = next<Status>(c, 'status');
        send(c, { op: 'status' });
        return reply;
      }),
    );
    const dropped = statuses.reduce((s, x) => s + x.dropped, 0);

    // One request each, as far as the server's descriptors allow: with Sluice each one opens an
    // upstream socket beside the client's.
    const fdLimit = fdLimitOf(server.pid);
    const room = target.kind === 'sluice' ? Math.max(0, fdLimit - fdsIdle - FD_MARGIN) : ok;
    const requested = Math.min(ok, room);
    let left = requested;
    const answers = await Promise.all(
      clients.map((c, i) => {
        const count = Math.min(left, opened[i].ok);
        left -= count;
        const reply = next<Answered>(c, 'answered');
        send(c, { op: 'request', count, concurrency });
        return reply;
      }),
    );
    await sleep(3000);
    return {
      target,
      connections,
      opened: ok,
      failed,
      firstError: opened.find((o) => o.firstError)?.firstError,
      protocol: opened[0]?.protocol ?? null,
      handshakesPerSecond: ok / span,
      cpuMsPerHandshake: (cpuOpen * 1000) / ok,
      clientCpuMsPerHandshake: (clientCpuOpen * 1000) / ok,
      handshakeP50: latencies[Math.floor(latencies.length / 2)] ?? 0,
      handshakeP99: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
      rssBefore,
      heapBefore,
      rssIdle,
      rssIdleGc,
      heapIdle,
      fdsIdle,
      fdLimit,
      idleCpuPerConnHour,
      idleCpuSeconds,
      idleSeconds: target.idle ? idleSeconds : undefined,
      dropped,
      requested,
      answered: answers.reduce((s, a) => s + a.ok, 0),
      requestFailed: answers.reduce((s, a) => s + a.failed, 0),
      requestError: answers.find((a) => a.firstError)?.firstError,
      rssRequested: rssOf(server.pid),
      fdsRequested: fdsOf(server.pid),
      growth,
    };
  } finally {
    inspector.close();
    await Promise.all(
      clients.map((c) => {
        const exited = new Promise((r) => c.once('exit', r));
        c.disconnect();
        return exited;
      }),
    );
    await server.stop();
  }
}

const kib = (bytes: number) => (bytes / KiB).toFixed(1);
const perConn = (r: Row, bytes: number) => kib(bytes / r.opened);

function print(rows: Row[], emptyCpuPerSecond: Map<string, number>): void {
  console.log(
    '\n| server | connections | TLS | handshakes/s | CPU ms per handshake: server / clients | handshake p50 / p99 ms | RSS before → idle MiB | KiB per idle connection: RSS / after GC / JS heap | idle CPU-s per connection per hour | KiB per connection after 1 request each | requests answered | dropped while idle |',
  );
  console.log('|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const idleCpu =
      r.idleCpuPerConnHour === undefined
        ? '—'
        : r.idleCpuPerConnHour < 0
          ? `≈ 0 (${r.idleCpuPerConnHour.toExponential(1)})`
          : r.idleCpuPerConnHour.toExponential(1);
    console.log(
      `| ${r.target.what} | ${r.opened}${r.failed ? ` (${r.failed} failed)` : ''} | ${r.protocol} | ${r.handshakesPerSecond.toFixed(0)} | ` +
        `${r.cpuMsPerHandshake.toFixed(2)} / ${r.clientCpuMsPerHandshake.toFixed(2)} | ` +
        `${r.handshakeP50.toFixed(0)} / ${r.handshakeP99.toFixed(0)} | ${(r.rssBefore / MiB).toFixed(0)} → ${(r.rssIdle / MiB).toFixed(0)} | ` +
        `**${perConn(r, r.rssIdle - r.rssBefore)}** / ${perConn(r, r.rssIdleGc - r.rssBefore)} / ${perConn(r, r.heapIdle - r.heapBefore)} | ${idleCpu} | ` +
        `${r.requested ? perConn(r, r.rssRequested - r.rssBefore) : '—'} | ` +
        `${r.answered} of ${r.requested}${r.requestFailed ? ` (${r.requestFailed} failed)` : ''} | ${r.dropped} |`,
    );
  }
  for (const r of rows) {
    const notes: string[] = [];
    if (r.firstError) notes.push(`first handshake error: ${r.firstError}`);
    if (r.requestError) notes.push(`first request error: ${r.requestError}`);
    if (r.requested < r.opened) {
      notes.push(
        `requests on ${r.requested} of ${r.opened} only: the server held ${r.fdsIdle} descriptors idle and each request adds an upstream one; its RLIMIT_NOFILE is ${r.fdLimit}`,
      );
    }
    if (r.idleCpuSeconds !== undefined) {
      const empty = (emptyCpuPerSecond.get(r.target.kind) ?? 0) * r.idleSeconds!;
      notes.push(
        `idle window ${r.idleSeconds} s: ${r.idleCpuSeconds.toFixed(2)} CPU-s (the empty server: ${empty.toFixed(2)} CPU-s over as long)`,
      );
    }
    notes.push(`descriptors idle ${r.fdsIdle}, after the requests ${r.fdsRequested}`);
    if (r.growth) notes.push(r.growth);
    console.log(`- ${r.target.name} ${r.connections}: ${notes.join('; ')}`);
  }
  const empty = [...emptyCpuPerSecond].map(([k, v]) => `${k} ${(v * 1000).toFixed(2)} ms/s`).join(', ');
  console.log(
    `- CPU with no connections (subtracted from the idle windows; /proc counts 10 ms ticks): ${empty}`,
  );
}

export async function run(): Promise<void> {
  const counts = (process.env.SLUICE_BENCH_SCALE_CONNECTIONS || '1000,5000,10000').split(',').map(Number);
  const names = (
    process.env.SLUICE_BENCH_SCALE_TARGETS || 'sluice,node,sluice-tls12,node-tls12,node-noticket'
  ).split(',');
  const targets = names.map((n) => {
    const t = TARGETS[n];
    if (!t) throw new Error(`unknown target ${n} (one of ${Object.keys(TARGETS).join(', ')})`);
    return t;
  });
  const idleSeconds = envNumber('SLUICE_BENCH_SCALE_IDLE_SECONDS', 60);
  const dir = mkdtempSync(join(tmpdir(), 'sluice-scale-'));
  const cluster = await startCluster({ brokers: 1, tlsDomain: DOMAIN });
  const certFile = join(cluster.tls.dir, 'server-chain.crt');
  const keyFile = join(cluster.tls.dir, 'server.key');
  const emptyCpuPerSecond = new Map<string, number>();
  const rows: Row[] = [];
  console.log(
    `connections-scale: ${counts.join(' / ')} connections, idle window ${idleSeconds} s, RLIMIT_NOFILE ${fdLimitOf(process.pid)} per process, ` +
      `load average at start ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
  );
  try {
    for (const connections of counts) {
      for (const target of targets) {
        const start =
          target.kind === 'sluice'
            ? () =>
                startSluice(
                  dir,
                  cluster.bootstrap.plaintext,
                  cluster.tls.dir,
                  `${target.name}-${connections}`,
                )
            : () => startNodeServer(certFile, keyFile, target.extra ?? {});
        const row = await measureTarget(
          target,
          connections,
          start,
          cluster.tls.caFile,
          emptyCpuPerSecond,
          idleSeconds,
          process.env.SLUICE_BENCH_SCALE_HEAP_CENSUS === '1',
        );
        rows.push(row);
        console.log(
          `${target.name} ${connections}: opened ${row.opened} (${row.failed} failed) at ${row.handshakesPerSecond.toFixed(0)}/s, ` +
            `${kib((row.rssIdle - row.rssBefore) / row.opened)} KiB per idle connection (JS heap ${kib((row.heapIdle - row.heapBefore) / row.opened)}), ` +
            `${row.requested ? kib((row.rssRequested - row.rssBefore) / row.opened) : '—'} after one request each; ` +
            `load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`,
        );
      }
    }
    print(rows, emptyCpuPerSecond);
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) await run();
