// The SNI listener's refusals, on real sockets, without a Kafka cluster: the upstream
// address is a closed port, so every route that gets past the listener fails to dial.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
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

function handshake(
  port: number,
  servername?: string,
): Promise<{ ok: boolean; closedBy: string; code?: string }> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false });
    let ok = false;
    s.once('secureConnect', () => {
      ok = true;
      s.write(API_VERSIONS);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve({ ok, closedBy: err.message, code: err.code }));
    s.once('close', () => resolve({ ok, closedBy: 'close' }));
  });
}

/** What `openssl s_client` prints when it connects with this SNI name (stdin closed at once;
 * asynchronous, since the gateway runs in this process). */
function opensslClient(port: number, servername: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn('openssl', ['s_client', '-connect', `127.0.0.1:${port}`, '-servername', servername], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 15_000,
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b;
    });
    child.stderr.on('data', (b: Buffer) => {
      out += b;
    });
    child.on('close', () => resolve(out));
  });
}

describe('SNI listener refusals', () => {
  let gw: RunningGateway;
  let port: number;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-sni-unit-'));
    execFileSync('bash', [GENERATE, '--out', dir, '--domain', 'example.test', '--wildcard'], {
      stdio: 'ignore',
    });
    port = await freePortBlock(1);
    const closed = await freePortBlock(1);
    gw = await startGateway({
      upstream: { bootstrapServers: [`127.0.0.1:${closed}`], connectTimeoutMs: 1000, requestTimeoutMs: 1000 },
      listeners: [
        {
          name: 'ext',
          routing: 'sni',
          port,
          bootstrapHost: 'gateway.example.test',
          brokerHostPattern: 'brokermain{nodeId}-gateway.example.test',
          tls: { certFile: join(dir, 'server-chain.crt'), keyFile: join(dir, 'server.key') },
        },
      ],
    });
  });
  after(async () => {
    await gw?.stop();
  });

  test('Given an unreachable upstream at start-up, when Sluice starts, then it says so once and still listens', () => {
    assert.equal(gw.logged(/cannot read upstream metadata at start-up/).length, 1);
  });

  test('Given a client without SNI, when it connects, then it is closed after the handshake with SLUICE_ROUTE_NO_SNI', async () => {
    const r = await handshake(port);
    assert.equal(r.ok, true);
    const line = gw.logged(/no SNI name/).at(-1);
    assert.equal(line?.code, 'SLUICE_ROUTE_NO_SNI');
  });

  test('Given an unknown SNI name, when openssl s_client connects, then it gets the TLS alert unrecognized_name, and one line names the name', async () => {
    const before = gw.logged(/unknown SNI name/).length;
    const out = await opensslClient(port, 'nosuch.example.test');
    assert.match(out, /unrecognized name/);
    assert.match(out, /SSL alert number 112/);
    const lines = gw.logged(/unknown SNI name/).slice(before);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].serverName, 'nosuch.example.test');
    assert.equal(lines[0].code, 'SLUICE_ROUTE_UNKNOWN_HOST');
  });

  test('Given an unknown SNI name, when a Node TLS client connects, then the handshake fails with the unrecognized_name alert, not an EOF', async () => {
    const r = await handshake(port, 'nosuch.example.test');
    assert.equal(r.ok, false);
    assert.equal(r.code, 'ERR_SSL_TLSV1_UNRECOGNIZED_NAME', r.closedBy);
  });

  test('Given a broker name while upstream metadata is unavailable, when it connects, then the handshake is refused with unrecognized_name after one refresh attempt', async () => {
    const before = gw.logged(/names no upstream broker/).length;
    const r = await handshake(port, 'brokermain7-gateway.example.test');
    assert.equal(r.ok, false);
    assert.equal(r.code, 'ERR_SSL_TLSV1_UNRECOGNIZED_NAME', r.closedBy);
    const lines = gw.logged(/names no upstream broker/).slice(before);
    assert.equal(lines.length, 1);
    assert.equal(lines[0].nodeId, 7);
  });

  test('Given the bootstrap name, when the upstream cannot be reached, then the client is closed and one line names the route', async () => {
    const r = await handshake(port, 'GATEWAY.example.test');
    assert.equal(r.ok, true);
    for (let i = 0; i < 40 && gw.logged(/no upstream for this route/).length === 0; i++)
      await new Promise((res) => setTimeout(res, 50));
    const line = gw.logged(/no upstream for this route/)[0];
    assert.deepEqual(line.route, { kind: 'bootstrap' });
    assert.equal(line.code, 'SLUICE_UPSTREAM_UNREACHABLE');
    assert.equal(gw.gateway.registry.size, 0);
  });
});
