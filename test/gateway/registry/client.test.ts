// The registry client against a local stand-in registry: the requests it sends (paths, auth
// header), how it reads the answers, and how each failure comes out.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { RegistryClient, registryUrlProblem } from '../../../gateway/registry/client.ts';
import { type RegistryStub, startRegistryStub } from './registry-stub.ts';

const AVRO = JSON.stringify({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'long' }] });

describe('registry client', () => {
  let stub: RegistryStub;
  before(async () => {
    stub = await startRegistryStub();
  });
  after(() => stub.close());

  test('Given schemas registered under subjects, When read by id and subject version, Then the Confluent answers are mapped', async () => {
    const id = stub.register('orders-value', AVRO);
    stub.register('orders-archive-value', AVRO);
    const jsonId = stub.register('payments-value', '{"type":"object"}', 'JSON');
    const c = new RegistryClient({ url: `${stub.url}/` });
    assert.deepEqual(await c.schemaById(id), { schema: AVRO, schemaType: 'AVRO', references: [] });
    assert.equal((await c.schemaById(jsonId))?.schemaType, 'JSON');
    assert.deepEqual(await c.subjectVersionsById(id), [
      { subject: 'orders-value', version: 1 },
      { subject: 'orders-archive-value', version: 1 },
    ]);
    assert.equal((await c.subjectVersion('orders-value', 'latest'))?.id, id);
    assert.equal(await c.schemaById(999), null);
    assert.deepEqual(await c.subjectVersionsById(999), []);
    assert.equal(await c.subjectVersion('nope', 1), null);
    c.close();
  });

  test('Given a base URL with a path prefix, Then requests keep the prefix', async () => {
    const c = new RegistryClient({ url: `${stub.url}/apis/ccompat/v7` });
    assert.equal(await c.schemaById(1), null); // the stub has no such prefix: 404
    assert.equal(stub.requests.at(-1)?.line, 'GET /apis/ccompat/v7/schemas/ids/1');
    c.close();
  });

  test('Given basic auth or a bearer token, Then each request carries that header, and a refused one says so', async () => {
    const basic = new RegistryClient({ url: stub.url, basicAuth: { username: 'svc', password: 's3cr:et' } });
    const expected = `Basic ${Buffer.from('svc:s3cr:et').toString('base64')}`;
    stub.requireAuthorization = expected;
    try {
      assert.notEqual(await basic.schemaById(1), null);
      assert.equal(stub.requests.at(-1)?.authorization, expected);
      const bearer = new RegistryClient({ url: stub.url, bearerToken: 'tok-123' });
      await assert.rejects(bearer.schemaById(1), (e: Error & { code: string; canRetry: boolean }) => {
        assert.equal(e.code, 'SLUICE_REGISTRY_HTTP');
        assert.equal(e.canRetry, false);
        assert.match(e.message, /HTTP 401 \(credentials refused\): Unauthorized/);
        assert.doesNotMatch(e.message, /tok-123/);
        return true;
      });
      assert.equal(stub.requests.at(-1)?.authorization, 'Bearer tok-123');
      bearer.close();
    } finally {
      stub.requireAuthorization = undefined;
      basic.close();
    }
    assert.throws(
      () =>
        new RegistryClient({ url: stub.url, bearerToken: 'x', basicAuth: { username: 'a', password: 'b' } }),
      /not both/,
    );
  });

  test('Given a slow registry, When the timeout passes, Then the lookup fails as unreachable and retriable', async () => {
    stub.delayMs = 1500;
    const c = new RegistryClient({ url: stub.url, timeoutMs: 200 });
    const started = Date.now();
    try {
      await assert.rejects(c.schemaById(1), (e: Error & { code: string; canRetry: boolean }) => {
        assert.equal(e.code, 'SLUICE_REGISTRY_UNREACHABLE');
        assert.equal(e.canRetry, true);
        assert.match(e.message, /no answer within 200 ms/);
        return true;
      });
      assert.ok(Date.now() - started < 1400, 'gave up before the answer came');
    } finally {
      stub.delayMs = 0;
      c.close();
    }
  });

  test('Given a 5xx, a closed port, a non-JSON answer, Then each error says what happened', async () => {
    stub.failWith = 503;
    const c = new RegistryClient({ url: stub.url });
    await assert.rejects(
      c.schemaById(1),
      (e: Error & { code: string; canRetry: boolean }) =>
        e.code === 'SLUICE_REGISTRY_HTTP' && e.canRetry && /HTTP 503: stub failure/.test(e.message),
    );
    stub.failWith = undefined;
    c.close();
    const port = await new Promise<number>((r) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => r(p));
      });
    });
    const closed = new RegistryClient({ url: `http://127.0.0.1:${port}` });
    await assert.rejects(
      closed.schemaById(1),
      (e: Error & { code: string }) =>
        e.code === 'SLUICE_REGISTRY_UNREACHABLE' && /ECONNREFUSED/.test(e.message),
    );
    closed.close();
  });

  test('Given URLs with credentials, other schemes or queries, Then they are refused before any request', () => {
    assert.equal(registryUrlProblem('https://registry:8081/apis/ccompat/v7'), null);
    assert.match(registryUrlProblem('https://u:p@registry') ?? '', /must not carry credentials/);
    assert.match(registryUrlProblem('ftp://registry') ?? '', /http:\/\/ or https:\/\//);
    assert.match(registryUrlProblem('registry:8081') ?? '', /http:\/\/ or https:\/\//);
    assert.match(registryUrlProblem('http://r/?x=1') ?? '', /query/);
  });

  test('Given an https registry signed by a private CA, When caFile names it, Then lookups work; without it they fail on the certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-registry-tls-'));
    const ossl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
    ossl(
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '2',
      '-subj',
      '/CN=test registry CA',
    );
    ossl(
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'srv.key',
      '-out',
      'srv.csr',
      '-subj',
      '/CN=127.0.0.1',
    );
    writeFileSync(join(dir, 'ext.cnf'), 'subjectAltName=IP:127.0.0.1\n');
    ossl(
      'x509',
      '-req',
      '-in',
      'srv.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'srv.crt',
      '-days',
      '2',
      '-extfile',
      'ext.cnf',
    );
    const server = createHttpsServer(
      { key: readFileSync(join(dir, 'srv.key')), cert: readFileSync(join(dir, 'srv.crt')) },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ schema: AVRO }));
      },
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const trusted = new RegistryClient({ url, caFile: join(dir, 'ca.crt') });
      assert.equal((await trusted.schemaById(1))?.schema, AVRO);
      trusted.close();
      const untrusted = new RegistryClient({ url });
      await assert.rejects(
        untrusted.schemaById(1),
        (e: Error & { code: string }) =>
          e.code === 'SLUICE_REGISTRY_UNREACHABLE' && /certificate/i.test(e.message),
      );
      untrusted.close();
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
