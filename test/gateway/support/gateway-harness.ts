// Starts a real Sluice gateway in the test process, on real sockets, with its log lines
// captured so that tests can assert what an operator would read.
import { createServer, type Server } from 'node:net';
import { Writable } from 'node:stream';
import { validateConfig } from '../../../gateway/config/validate.ts';
import { createLogger } from '../../../gateway/logger.ts';
import { Gateway } from '../../../gateway/server/gateway.ts';

export interface RunningGateway {
  gateway: Gateway;
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
  /** Log lines whose msg matches. */
  logged(pattern: RegExp): Record<string, unknown>[];
}

export async function startGateway(
  raw: Record<string, unknown>,
  baseDir = process.cwd(),
): Promise<RunningGateway> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
      cb();
    },
  });
  const config = validateConfig(raw, { baseDir, source: 'test' });
  const log = createLogger((process.env.SLUICE_TEST_LOG_LEVEL as 'debug') ?? 'info', sink);
  const gateway = new Gateway(config, log);
  await gateway.start();
  return {
    gateway,
    logs,
    stop: () => gateway.stop(0),
    logged: (pattern) => logs.filter((l) => pattern.test(String(l.msg))),
  };
}

async function tryListen(port: number): Promise<Server | undefined> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(undefined));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => resolve(server));
  });
}

/** A block of `count` consecutive free ports (port routing needs bootstrap + base + nodeId). */
export async function freePortBlock(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    // Below Linux's ephemeral range (32768+): a broker port bound late (port routing opens it
    // when the node is learnt) must not meet an outgoing connection's local port.
    const start = 20000 + Math.floor(Math.random() * (32768 - 20000 - count));
    const held: Server[] = [];
    let ok = true;
    for (let i = 0; i < count; i++) {
      const s = await tryListen(start + i);
      if (!s) {
        ok = false;
        break;
      }
      held.push(s);
    }
    await Promise.all(held.map((s) => new Promise((r) => s.close(r))));
    if (ok) return start;
  }
  throw new Error(`no block of ${count} free ports found`);
}
