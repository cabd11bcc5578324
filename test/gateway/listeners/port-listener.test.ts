// Port routing opens a broker's port when the node is learnt. That port may be taken at that
// moment (another process, an outgoing connection's ephemeral port): the listener must keep
// trying, not leave the broker unreachable for the life of the process.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, test } from 'node:test';
import { connect as connectTls } from 'node:tls';
import { withPooledReads, withPooledTlsReads } from '../../../gateway/listeners/pooled-accept.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../support/gateway-harness.ts';

let gw: RunningGateway | undefined;
let squatter: Server | undefined;
afterEach(async () => {
  squatter?.close();
  squatter = undefined;
  await gw?.stop();
  gw = undefined;
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

test('Given a broker port held by another socket when the node is learnt, when the holder lets go, then Sluice binds the port and accepts clients on it', async () => {
  const base = await freePortBlock(4);
  gw = await startGateway({
    // Nothing listens upstream: the start-up metadata read fails and routes are learnt later.
    upstream: { bootstrapServers: [`127.0.0.1:${base + 3}`], requestTimeoutMs: 300 },
    listeners: [{ name: 'plain', routing: 'port', port: base }],
  });
  const brokerPort = base + 1 + 1;
  squatter = createServer();
  await new Promise<void>((r) =>
    squatter!.listen({ port: brokerPort, host: '127.0.0.1', exclusive: true }, r),
  );

  gw.gateway.cache.observe([{ nodeId: 1, host: '127.0.0.1', port: base + 3 }]);
  const deadline = Date.now() + 5000;
  while (gw.logged(/cannot bind broker port/).length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  assert.equal(gw.logged(/cannot bind broker port/)[0]?.nodeId, 1, 'the failed bind is logged with its node');

  await new Promise<void>((r) => squatter!.close(() => r()));
  squatter = undefined;
  while (!gw.logged(/broker port ready/).some((l) => l.nodeId === 1) && Date.now() < deadline + 5000)
    await new Promise((r) => setTimeout(r, 50));
  assert.ok(
    gw.logged(/broker port ready/).some((l) => l.nodeId === 1),
    'the port is bound once it is free',
  );
  assert.equal(await canConnect(brokerPort), true);
});

let tlsDir: string | undefined;
/** A server certificate for a TLS port listener (deploy/tls/generate.sh), made once. */
function tlsFiles(): { certFile: string; keyFile: string } {
  if (!tlsDir) {
    tlsDir = mkdtempSync(join(tmpdir(), 'sluice-port-tls-'));
    execFileSync(
      'bash',
      [
        join(import.meta.dirname, '..', '..', '..', 'deploy', 'tls', 'generate.sh'),
        '--out',
        tlsDir,
        '--domain',
        'example.test',
        '--wildcard',
      ],
      { stdio: 'ignore' },
    );
  }
  return { certFile: join(tlsDir, 'server-chain.crt'), keyFile: join(tlsDir, 'server.key') };
}

/** A request frame of api key 32 (DescribeConfigs v1, wanted by no filter here) around `body`. */
function frame(correlationId: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4 + 2 + 2 + 4 + 2 + 1);
  head.writeInt32BE(head.length - 4 + body.length, 0);
  head.writeInt16BE(32, 4);
  head.writeInt16BE(1, 6);
  head.writeInt32BE(correlationId, 8);
  head.writeInt16BE(1, 12);
  head.write('t', 14);
  return Buffer.concat([head, body]);
}

for (const transport of ['PLAINTEXT', 'TLS'] as const) {
  test(`Given a ${transport} client streaming 24 MiB of frames in odd-sized writes to an upstream that reads slowly, then the upstream receives exactly the bytes sent (reused read buffers never overwrite bytes still queued)`, async () => {
    // Per upstream connection: Sluice's own metadata client connects too, at start-up.
    const connections: { socket: Socket; received: Buffer[] }[] = [];
    const upstream = createServer((s) => {
      const received: Buffer[] = [];
      connections.push({ socket: s, received });
      s.on('data', (b) => {
        received.push(b);
        // A slow broker: stop reading for a moment now and then, so Sluice's writes queue up.
        if (received.length % 16 === 0) {
          s.pause();
          setTimeout(() => s.resume(), 5);
        }
      });
      s.on('error', () => {});
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    const upstreamPort = (upstream.address() as { port: number }).port;
    const base = await freePortBlock(2);
    gw = await startGateway({
      upstream: { bootstrapServers: [`127.0.0.1:${upstreamPort}`], requestTimeoutMs: 300 },
      listeners: [
        { name: 'plain', routing: 'port', port: base, ...(transport === 'TLS' ? { tls: tlsFiles() } : {}) },
      ],
    });
    // Deterministic pseudo-random frame sizes and write splits.
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const frames: Buffer[] = [];
    let total = 0;
    for (let id = 0; total < 24 * 1024 * 1024; id++) {
      const body = Buffer.allocUnsafe(1 + rand(300_000));
      for (let i = 0; i < body.length; i += 4096) body[i] = rand(256);
      frames.push(frame(id, body));
      total += frames.at(-1)!.length;
    }
    const sent = Buffer.concat(frames);
    const client =
      transport === 'TLS'
        ? connectTls({ host: '127.0.0.1', port: base, rejectUnauthorized: false })
        : connect({ host: '127.0.0.1', port: base });
    await new Promise<void>((r) => client.once(transport === 'TLS' ? 'secureConnect' : 'connect', () => r()));
    client.on('data', () => {});
    for (let at = 0; at < sent.length; ) {
      const n = Math.min(1 + rand(200_000), sent.length - at);
      if (!client.write(sent.subarray(at, at + n))) await new Promise((r) => client.once('drain', r));
      at += n;
    }
    const bytes = (c: { received: Buffer[] }) => c.received.reduce((a, b) => a + b.length, 0);
    const paired = () => connections.reduce((a, c) => (bytes(c) > bytes(a) ? c : a), connections[0]);
    const deadline = Date.now() + 60_000;
    while (bytes(paired()) < sent.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    client.destroy();
    for (const c of connections) c.socket.destroy();
    upstream.close();
    const got = Buffer.concat(paired().received);
    assert.equal(got.length, sent.length);
    assert.ok(got.equals(sent), 'the upstream got the client bytes unchanged');
  });
}

test('Given the Node this project pins, when an accepted socket is adopted for pooled reads, then it reads into the reader, answers, and the server counts it closed', async () => {
  const seen: Buffer[] = [];
  const server = createServer({ pauseOnConnect: true }, (accepted) => {
    const { socket, reader } = withPooledReads(accepted);
    assert.ok(reader, 'this Node exposes the accepted handle (else every PLAINTEXT read allocates)');
    reader.attach((chunk) => {
      seen.push(Buffer.from(chunk));
      socket.end('pong');
      return false;
    });
    socket.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const client = connect({ host: '127.0.0.1', port: (server.address() as { port: number }).port });
  client.write('ping');
  const answer: Buffer[] = [];
  client.on('data', (b) => answer.push(b));
  await new Promise((r) => client.once('end', r));
  client.destroy();
  assert.equal(Buffer.concat(seen).toString(), 'ping');
  assert.equal(Buffer.concat(answer).toString(), 'pong');
  const deadline = Date.now() + 2000;
  let count = -1;
  while (count !== 0 && Date.now() < deadline) {
    count = await new Promise<number>((r) => server.getConnections((_e, n) => r(n)));
    if (count !== 0) await new Promise((r) => setTimeout(r, 20));
  }
  assert.equal(count, 0, 'the adopted socket was counted down when it closed');
  await new Promise((r) => server.close(r));
});

test('Given the Node this project pins, when a TLS client socket is set up for pooled reads, then its cleartext arrives through the reader, also what came before the set-up', async () => {
  const { createServer: createTlsServer } = await import('node:tls');
  const { readFileSync } = await import('node:fs');
  const files = tlsFiles();
  const seen: Buffer[] = [];
  let pooled = false;
  const server = createTlsServer(
    { cert: readFileSync(files.certFile), key: readFileSync(files.keyFile) },
    (socket) => {
      // Let the client's first bytes reach the stream before the reader takes over.
      setTimeout(() => {
        const reader = withPooledTlsReads(socket);
        pooled = reader !== undefined;
        reader?.attach((chunk) => {
          seen.push(Buffer.from(chunk));
          if (Buffer.concat(seen).length >= 100_005) socket.end();
          return false;
        });
        socket.resume();
      }, 100);
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const client = connectTls({
    host: '127.0.0.1',
    port: (server.address() as { port: number }).port,
    rejectUnauthorized: false,
  });
  await new Promise((r) => client.once('secureConnect', r));
  client.write('early');
  await new Promise((r) => setTimeout(r, 200));
  client.write(Buffer.alloc(100_000, 7));
  client.on('data', () => {});
  await new Promise((r) => client.once('end', r));
  client.destroy();
  await new Promise((r) => server.close(r));
  assert.ok(pooled, 'this Node exposes the TLS handle and its read slots (else every TLS read allocates)');
  const all = Buffer.concat(seen);
  assert.equal(all.subarray(0, 5).toString(), 'early');
  assert.ok(all.subarray(5).equals(Buffer.alloc(100_000, 7)));
});
