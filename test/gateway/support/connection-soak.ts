// Many client connections to a running Sluice, each producing a small record at a steady
// pace, while the gateway process's resident memory is sampled: what one connection costs,
// idle and active, and whether memory stays flat. Connections come from ten loopback
// addresses (127.0.0.1–127.0.0.10) at 500 a second, inside the per-address limits. Used by
// test/integration/gateway-connections-soak.test.ts (a minute) and bench/connections-soak.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from '../../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../../rig/kafka-tools.ts';
import { batchOf } from '../../kit/frames.ts';
import { freePortBlock } from './gateway-harness.ts';
import { ProduceClient } from './produce-client.ts';
import { startSluiceProcess } from './sluice-process.ts';

export interface SoakOptions {
  /** The gateway's process (its RSS is read from /proc). */
  pid: number;
  port: number;
  topic: string;
  connections: number;
  /** How long the traffic runs once every connection is open. */
  seconds: number;
  /** Each connection's pause between one answer and its next request. */
  everyMs: number;
}

export interface SoakReport {
  connections: number;
  seconds: number;
  requests: number;
  /** Answers with an error code, and connections the gateway closed. */
  errors: number;
  dropped: number;
  /** RSS before connecting, with every connection open and silent, and sampled during traffic. */
  rssBefore: number;
  rssIdle: number;
  samples: { atSeconds: number; rss: number }[];
  idleBytesPerConnection: number;
  activeBytesPerConnection: number;
  /** Median RSS over the second fifth of the run against the last fifth (after warm-up). */
  rssWarm: number;
  rssEnd: number;
}

export function rssOf(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function soak(o: SoakOptions): Promise<SoakReport> {
  let dropped = 0;
  let stopping = false;
  const rssBefore = rssOf(o.pid);
  const clients: ProduceClient[] = [];
  const record = batchOf(['r'.repeat(100)]);
  for (let i = 0; i < o.connections; i++) {
    clients.push(
      new ProduceClient(o.port, `127.0.0.${(i % 10) + 1}`, () => {
        if (!stopping) dropped++;
      }),
    );
    if (i % 50 === 49) await sleep(100);
  }
  await Promise.all(clients.map((c) => c.opened));
  await sleep(2000);
  const rssIdle = rssOf(o.pid);

  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const until = started + o.seconds * 1000;
  const loops = clients.map(async (c, i) => {
    await sleep((i * o.everyMs) / clients.length); // spread the first requests over one pause
    while (performance.now() < until && !c.closed) {
      const code = await c.produce(o.topic, [record]).then(
        (a) => a.errorCodes[0] ?? -1,
        () => -1,
      );
      requests++;
      if (code !== 0) errors++;
      await sleep(o.everyMs);
    }
  });
  const samples: { atSeconds: number; rss: number }[] = [];
  const sampler = (async () => {
    while (performance.now() < until) {
      await sleep(1000);
      samples.push({ atSeconds: Math.round((performance.now() - started) / 1000), rss: rssOf(o.pid) });
    }
  })();
  await Promise.all([...loops, sampler]);
  stopping = true;
  for (const c of clients) c.socket.destroy();

  const fifth = Math.max(1, Math.floor(samples.length / 5));
  const rss = samples.map((s) => s.rss);
  const rssWarm = median(rss.slice(fifth, 2 * fifth));
  const rssEnd = median(rss.slice(-fifth));
  return {
    connections: o.connections,
    seconds: o.seconds,
    requests,
    errors,
    dropped,
    rssBefore,
    rssIdle,
    samples,
    idleBytesPerConnection: (rssIdle - rssBefore) / o.connections,
    activeBytesPerConnection: (rssWarm - rssBefore) / o.connections,
    rssWarm,
    rssEnd,
  };
}

export interface SoakRig {
  pid: number;
  port: number;
  topic: string;
  stop(): Promise<void>;
}

/** One broker, a topic `soak`, and a real `sluice start` process in front of it (port routing). */
export async function startSoakRig(): Promise<SoakRig> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-soak-'));
  const cluster = await startCluster({ brokers: 1 });
  const port = await freePortBlock(4);
  const config = join(dir, 'sluice.yaml');
  writeFileSync(
    config,
    [
      'upstream:',
      `  bootstrapServers: [${cluster.bootstrap.plaintext}]`,
      'listeners:',
      `  - { name: plain, routing: port, port: ${port} }`,
      '',
    ].join('\n'),
  );
  const sluice = await startSluiceProcess(config);
  await runKafkaToolOk('kafka-topics', [
    '--bootstrap-server',
    cluster.bootstrap.plaintext,
    '--create',
    '--topic',
    'soak',
    '--partitions',
    '1',
    '--replication-factor',
    '1',
  ]);
  return {
    pid: sluice.child.pid!,
    port,
    topic: 'soak',
    async stop() {
      sluice.child.kill('SIGKILL');
      await sluice.exited;
      await cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
