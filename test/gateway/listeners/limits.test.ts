// What one client may cost, on real sockets: stalled TLS handshakes and idle connections are
// closed, nobody is dialled upstream for a client that says nothing, connection limits per
// address and per second close the surplus at accept, and before authentication (brokers that
// require SASL) frames are capped and nothing but the SASL exchange reaches the filters.
// The upstream is a plain TCP server that counts connections and keeps what it reads: the
// behaviour under test is Sluice's alone (the SASL and Kafka paths are tested against real
// Kafka in test/integration/).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect as connectTcp, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { connect as connectTls } from 'node:tls';
import { freePortBlock, type RunningGateway, startGateway } from '../support/gateway-harness.ts';

const GENERATE = join(import.meta.dirname, '..', '..', '..', 'deploy', 'tls', 'generate.sh');

/** A TCP server standing in for a broker: counts connections, keeps the bytes, answers nothing. */
async function countingUpstream(): Promise<{
  server: Server;
  port: number;
  accepted: () => number;
  bytes: () => Buffer;
}> {
  let accepted = 0;
  const chunks: Buffer[] = [];
  const server = createServer((s) => {
    accepted++;
    s.on('data', (b) => chunks.push(b));
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { server, port, accepted: () => accepted, bytes: () => Buffer.concat(chunks) };
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connectTcp({ host: '127.0.0.1', port }, () => resolve(s));
    s.on('error', reject);
  });
}

/** Resolves with how long the server took to close `s` (rejects after `withinMs`). */
function closedWithin(s: Socket, withinMs: number): Promise<number> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    if (s.destroyed || s.readableEnded) return resolve(0);
    const timer = setTimeout(() => reject(new Error(`still open after ${withinMs} ms`)), withinMs);
    s.on('error', () => {});
    s.once('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - t0);
    });
    s.resume();
  });
}

/** A request frame: size, api key, version, correlation id, client id "t", then `body`. */
function requestFrame(apiKey: number, version: number, body: Buffer): Buffer {
  const head = Buffer.alloc(2 + 2 + 4 + 2 + 1);
  head.writeInt16BE(apiKey, 0);
  head.writeInt16BE(version, 2);
  head.writeInt32BE(7, 4);
  head.writeInt16BE(1, 8);
  head.write('t', 10);
  const size = Buffer.alloc(4);
  size.writeInt32BE(head.length + body.length);
  return Buffer.concat([size, head, body]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('limits on what a client costs', () => {
  let upstream: Awaited<ReturnType<typeof countingUpstream>>;
  let gw: RunningGateway | undefined;
  let tlsDir: string;
  const sockets: Socket[] = [];

  before(async () => {
    upstream = await countingUpstream();
    tlsDir = mkdtempSync(join(tmpdir(), 'sluice-limits-'));
    execFileSync('bash', [GENERATE, '--out', tlsDir, '--domain', 'example.test', '--wildcard'], {
      stdio: 'ignore',
    });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.destroy();
    await gw?.stop();
    gw = undefined;
  });
  after(() => new Promise<void>((r) => upstream.server.close(() => r())));

  const tls = () => ({ certFile: join(tlsDir, 'server-chain.crt'), keyFile: join(tlsDir, 'server.key') });
  async function start(extra: Record<string, unknown>, listener: Record<string, unknown>) {
    gw = await startGateway({
      upstream: { bootstrapServers: [`127.0.0.1:${upstream.port}`], requestTimeoutMs: 300 },
      listeners: [listener],
      ...extra,
    });
    return gw;
  }

  test('Given 60 clients that open the SNI port and stall (no ClientHello, or a ClientHello and then nothing), when the handshake timeout (600 ms) passes, then every socket is closed by Sluice', async () => {
    const port = await freePortBlock(1);
    await start(
      { limits: { tlsHandshakeTimeoutMs: 600 } },
      {
        name: 'sni',
        routing: 'sni',
        port,
        bootstrapHost: 'gateway.example.test',
        brokerHostPattern: 'brokermain{nodeId}-gateway.example.test',
        tls: tls(),
      },
    );
    // A real ClientHello for the bootstrap name, captured once, then replayed without an answer.
    const hello = await new Promise<Buffer>((resolve) => {
      const capture = createServer((s) => {
        s.once('data', (b) => {
          resolve(b);
          s.destroy();
          capture.close();
        });
      }).listen(0, '127.0.0.1', () => {
        const c = connectTls({
          host: '127.0.0.1',
          port: (capture.address() as { port: number }).port,
          servername: 'gateway.example.test',
          rejectUnauthorized: false,
        });
        c.on('error', () => {});
      });
    });
    const silent = await Promise.all(Array.from({ length: 30 }, () => open(port)));
    const stalled = await Promise.all(Array.from({ length: 30 }, () => open(port)));
    for (const s of stalled) s.write(hello);
    sockets.push(...silent, ...stalled);
    const times = await Promise.all([...silent, ...stalled].map((s) => closedWithin(s, 10_000)));
    assert.ok(Math.max(...times) < 10_000);
    assert.ok(Math.min(...times) >= 300, `closed by the timeout, not at once (${Math.min(...times)} ms)`);
  });

  test('Given a TLS port listener, when a client connects and never starts its handshake, then it is closed after the timeout', async () => {
    const port = await freePortBlock(3);
    await start({ limits: { tlsHandshakeTimeoutMs: 600 } }, { name: 'p', routing: 'port', port, tls: tls() });
    const s = await open(port);
    sockets.push(s);
    const ms = await closedWithin(s, 10_000);
    assert.ok(ms >= 300, `after the timeout (${ms} ms)`);
  });

  test('Given clients that connect and say nothing, then nothing is dialled upstream; the first bytes dial once; an idle connection is closed after idleTimeoutMs', async () => {
    const port = await freePortBlock(3);
    const g = await start({ limits: { idleTimeoutMs: 1000 } }, { name: 'p', routing: 'port', port });
    await sleep(400); // start-up's own metadata attempt has connected and timed out
    const before = upstream.accepted();
    const quiet = await Promise.all(Array.from({ length: 20 }, () => open(port)));
    sockets.push(...quiet);
    await sleep(300);
    assert.equal(upstream.accepted(), before, 'no upstream connection for silent clients');
    quiet[0].write(requestFrame(18, 3, Buffer.from([0, 0, 0])));
    for (let i = 0; i < 50 && upstream.accepted() === before; i++) await sleep(20);
    assert.equal(upstream.accepted(), before + 1, 'the first bytes dial, once');
    const ms = await closedWithin(quiet[0], 5000);
    assert.ok(ms >= 500, `closed by the idle timeout (${ms} ms)`);
    assert.ok(g.logged(/^closing idle connection$/).length >= 1);
  });

  test('Given 5 connections per address, when 8 are opened, then 3 are closed at accept and counted; with 4 per second, a burst of 10 loses the surplus', async () => {
    const port = await freePortBlock(3);
    await start({ limits: { maxConnectionsPerIp: 5 } }, { name: 'p', routing: 'port', port });
    const opened = await Promise.all(Array.from({ length: 8 }, () => open(port)));
    sockets.push(...opened);
    await sleep(300);
    const closed = opened.filter((s) => s.destroyed || s.readableEnded || s.closed);
    const refused = await Promise.all(
      opened.map((s) =>
        closedWithin(s, 300).then(
          () => true,
          () => false,
        ),
      ),
    );
    assert.equal(refused.filter(Boolean).length, 3, `3 refused (${closed.length} seen closed)`);
    const metrics = await gw!.gateway.metrics.render();
    assert.match(
      metrics,
      /sluice_connections_refused_total\{listener="p",reason="max_connections_per_ip"\} 3/,
    );
    for (const s of sockets.splice(0)) s.destroy();
    await gw!.stop();

    await start({ limits: { connectionsPerSecondPerIp: 4 } }, { name: 'p', routing: 'port', port });
    const burst = await Promise.all(Array.from({ length: 10 }, () => open(port)));
    sockets.push(...burst);
    const gone = await Promise.all(
      burst.map((s) =>
        closedWithin(s, 300).then(
          () => true,
          () => false,
        ),
      ),
    );
    const n = gone.filter(Boolean).length;
    assert.ok(n >= 5 && n <= 6, `4 (or 5 on a slow machine) admitted, the rest refused: ${n} refused`);
  });

  test('Given brokers that require SASL, when a client sends a Produce before authenticating, then its bytes go upstream untouched (no policy decodes it); a frame over the pre-auth limit closes the connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-preauth-'));
    writeFileSync(
      join(dir, 'refuse-all.ts'),
      `import { definePolicy, reject } from 'sluice/sdk';\nexport default definePolicy({ name: 'refuse-all', onProduce() { return reject('no'); } });\n`,
    );
    const port = await freePortBlock(3);
    const g = await start(
      {
        upstream: {
          bootstrapServers: [`127.0.0.1:${upstream.port}`],
          requestTimeoutMs: 300,
          saslRequired: true,
        },
        limits: { preAuthMaxFrameBytes: 1024 },
        policies: { dir, deployments: [{ id: 'refuse-all', file: 'refuse-all.ts' }] },
      },
      { name: 'p', routing: 'port', port },
    );
    // A Produce v7 whose head is readable (no transactional id, acks=-1, timeout) and whose
    // topics are not: decoding it for the policy would fail and close the connection.
    const produce = requestFrame(
      0,
      7,
      Buffer.concat([Buffer.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0x75, 0x30]), Buffer.from('not topics')]),
    );
    const s = await open(port);
    sockets.push(s);
    const seen = upstream.bytes().length;
    s.write(produce);
    for (let i = 0; i < 100 && upstream.bytes().length < seen + produce.length; i++) await sleep(20);
    assert.deepEqual(upstream.bytes().subarray(seen), produce, 'forwarded as it came');
    assert.equal(s.destroyed, false);
    const metrics = await g.gateway.metrics.render();
    assert.doesNotMatch(metrics, /sluice_policy_invocations_total\{[^}]*policy="refuse-all"/);

    const big = await open(port);
    sockets.push(big);
    big.write(requestFrame(0, 9, Buffer.alloc(2000)));
    await closedWithin(big, 5000);
    assert.ok(g.logs.some((l) => l.code === 'SLUICE_PROTOCOL_FRAME_TOO_LARGE'));
  });

  test('Given brokers that require SASL, when a client talks but never authenticates, then it is closed after authenticationTimeoutMs, with one log line', async () => {
    const port = await freePortBlock(3);
    const g = await start(
      {
        upstream: {
          bootstrapServers: [`127.0.0.1:${upstream.port}`],
          requestTimeoutMs: 300,
          saslRequired: true,
        },
        limits: { authenticationTimeoutMs: 600 },
      },
      { name: 'p', routing: 'port', port },
    );
    const s = await open(port);
    sockets.push(s);
    // ApiVersions v3, then nothing: no SASL exchange ever completes.
    s.write(requestFrame(18, 3, Buffer.from([0, 0, 0])));
    const ms = await closedWithin(s, 5000);
    assert.ok(ms >= 300, `not before the timeout (${ms} ms)`);
    assert.equal(g.logged(/^closing connection: not authenticated in time$/).length, 1);
  });
});
