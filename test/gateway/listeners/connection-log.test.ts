// The line every routed connection gets: which listener, the SNI name, the broker it was
// routed to (or the bootstrap) and the upstream address, on real sockets. The "broker" is a
// TCP server that accepts and never answers: pairing needs only the upstream to connect.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect } from 'node:tls';
import { encodeRequestFrame } from '../../../kafka/messages.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../support/gateway-harness.ts';

const GENERATE = join(import.meta.dirname, '..', '..', '..', 'deploy', 'tls', 'generate.sh');

/** An ApiVersions v0 request, as a client sends first: Sluice dials upstream on a client's first bytes. */
const API_VERSIONS = Buffer.from(
  encodeRequestFrame({ requestApiKey: 18, requestApiVersion: 0, correlationId: 1, clientId: 't' }, {}),
);

/** `s` after it has sent its first request. */
function speaking<S extends Socket>(s: S, ready: 'connect' | 'secureConnect'): S {
  s.once(ready, () => s.write(API_VERSIONS));
  s.on('error', () => {});
  return s;
}

async function pairedLine(gw: RunningGateway, count: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + 10_000;
  while (gw.logged(/connection paired/).length < count) {
    if (Date.now() > deadline)
      throw new Error(`no "connection paired" line #${count}: ${JSON.stringify(gw.logs)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return gw.logged(/connection paired/)[count - 1]!;
}

describe('connection log line', () => {
  let gw: RunningGateway;
  let broker: Server;
  let brokerPort: number;
  let sniPort: number;
  let portBase: number;
  const clients: { destroy(): void }[] = [];
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-conn-log-'));
    execFileSync('bash', [GENERATE, '--out', dir, '--domain', 'example.test', '--wildcard'], {
      stdio: 'ignore',
    });
    broker = createServer(() => {});
    await new Promise<void>((r) => broker.listen(0, '127.0.0.1', r));
    brokerPort = (broker.address() as { port: number }).port;
    sniPort = await freePortBlock(1);
    portBase = await freePortBlock(4);
    gw = await startGateway({
      upstream: {
        bootstrapServers: [`127.0.0.1:${brokerPort}`],
        connectTimeoutMs: 1000,
        requestTimeoutMs: 500,
      },
      listeners: [
        {
          name: 'ext',
          routing: 'sni',
          port: sniPort,
          bootstrapHost: 'gateway.example.test',
          brokerHostPattern: 'brokermain{nodeId}-gateway.example.test',
          tls: { certFile: join(dir, 'server-chain.crt'), keyFile: join(dir, 'server.key') },
        },
        {
          name: 'plain',
          routing: 'port',
          port: portBase,
          brokerPortBase: portBase + 1,
          advertisedHost: '127.0.0.1',
        },
      ],
    });
    // What a Metadata answer from the cluster would teach the cache: node 2 is this broker.
    gw.gateway.cache.observe([{ nodeId: 2, host: '127.0.0.1', port: brokerPort }]);
  });
  after(async () => {
    for (const c of clients) c.destroy();
    await gw?.stop();
    broker?.close();
  });

  test('Given SNI routing, when a client connects by a broker name, then the line names the listener, the SNI name, the broker id and the upstream', async () => {
    const before = gw.logged(/connection paired/).length;
    clients.push(
      speaking(
        connect({
          host: '127.0.0.1',
          port: sniPort,
          servername: 'brokermain2-gateway.example.test',
          rejectUnauthorized: false,
        }),
        'secureConnect',
      ),
    );
    const line = await pairedLine(gw, before + 1);
    assert.equal(line.level, 30, 'info, so an operator sees it at the default level');
    assert.equal(line.listener, 'ext');
    assert.equal(line.serverName, 'brokermain2-gateway.example.test');
    assert.equal(line.route, 'broker');
    assert.equal(line.brokerId, 2);
    assert.equal(line.upstream, `127.0.0.1:${brokerPort}`);
    assert.match(String(line.client), /^127\.0\.0\.1:\d+$/);
  });

  test('Given SNI routing, when a client connects by the bootstrap name, then the line says bootstrap and names no broker', async () => {
    const before = gw.logged(/connection paired/).length;
    clients.push(
      speaking(
        connect({
          host: '127.0.0.1',
          port: sniPort,
          servername: 'gateway.example.test',
          rejectUnauthorized: false,
        }),
        'secureConnect',
      ),
    );
    const line = await pairedLine(gw, before + 1);
    assert.equal(line.listener, 'ext');
    assert.equal(line.serverName, 'gateway.example.test');
    assert.equal(line.route, 'bootstrap');
    assert.equal(line.brokerId, undefined);
  });

  test('Given port routing, when a client connects to a broker port, then the line names the listener and the broker id', async () => {
    const before = gw.logged(/connection paired/).length;
    // The broker port opens when the cache learns the node; it may take a moment.
    const deadline = Date.now() + 10_000;
    for (;;) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = tcpConnect(portBase + 1 + 2, '127.0.0.1', () => {
          s.write(API_VERSIONS);
          clients.push(s);
          resolve(true);
        });
        s.once('error', () => resolve(false));
      });
      if (ok) break;
      if (Date.now() > deadline) throw new Error('broker port 2 never listened');
      await new Promise((r) => setTimeout(r, 50));
    }
    const line = await pairedLine(gw, before + 1);
    assert.equal(line.listener, 'plain');
    assert.equal(line.route, 'broker');
    assert.equal(line.brokerId, 2);
    assert.equal(line.serverName, undefined);
    assert.equal(line.upstream, `127.0.0.1:${brokerPort}`);
  });
});
