// Server-side TLS with real certificates from deploy/tls/generate.sh: PEM chains, PKCS#12,
// TLS 1.2 as the floor, mTLS, and certificate reload without dropping open connections.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect, createServer, type Server, type TLSSocket } from 'node:tls';
import pino from 'pino';
import type { ServerTlsConfig } from '../../../gateway/config/schema.ts';
import type { GatewayError } from '../../../gateway/errors.ts';
import { CertificateReloader } from '../../../gateway/tls/reloader.ts';
import { createServerContext, serverContextOptions } from '../../../gateway/tls/server-context.ts';

const GENERATE = join(import.meta.dirname, '..', '..', '..', 'deploy', 'tls', 'generate.sh');
const root = mkdtempSync(join(tmpdir(), 'sluice-tls-'));

function generate(name: string, domain: string): string {
  const dir = join(root, name);
  execFileSync(
    'bash',
    [GENERATE, '--out', dir, '--domain', domain, '--brokers', '2', '--password', 'changeit'],
    {
      stdio: 'ignore',
    },
  );
  return dir;
}

function tlsConfig(over: Partial<ServerTlsConfig>): ServerTlsConfig {
  return { clientAuth: 'none', minVersion: 'TLSv1.2', reloadIntervalMs: 100, ...over };
}

async function serve(cfg: ServerTlsConfig): Promise<{ server: Server; port: number }> {
  const server = createServer({
    ...serverContextOptions(cfg),
    requestCert: cfg.clientAuth !== 'none',
    rejectUnauthorized: cfg.clientAuth === 'required',
  });
  // Echo, so that a test can prove an old connection still carries bytes.
  server.on('secureConnection', (s: TLSSocket) => s.pipe(s));
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { server, port: (server.address() as AddressInfo).port };
}

function open(port: number, options: Record<string, unknown> = {}): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, servername: 'gateway.a.test', ...options });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
  });
}

function echo(s: TLSSocket, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    s.once('data', (d) => resolve(String(d)));
    s.once('close', () => reject(new Error('closed')));
    s.once('error', reject);
    s.write(text);
  });
}

describe('server TLS', () => {
  let a: string;
  let b: string;
  const servers: Server[] = [];
  before(() => {
    a = generate('a', 'a.test');
    b = generate('b', 'b.test');
  });
  after(() => {
    for (const s of servers) s.close();
  });

  test('Given a PEM chain, when a client that trusts only the CA connects by name, then the handshake verifies', async () => {
    const { server, port } = await serve(
      tlsConfig({ certFile: join(a, 'server-chain.crt'), keyFile: join(a, 'server.key') }),
    );
    servers.push(server);
    const s = await open(port, { ca: [readFileSync(join(a, 'ca.crt'))] });
    assert.equal(s.authorized, true);
    assert.equal(s.getProtocol(), 'TLSv1.3');
    s.destroy();
  });

  test('Given a PKCS#12 keystore, when a client connects, then the same certificate is served', async () => {
    const { server, port } = await serve(
      tlsConfig({ pkcs12File: join(a, 'server.p12'), pkcs12Passphrase: 'changeit' }),
    );
    servers.push(server);
    const s = await open(port, { rejectUnauthorized: false });
    assert.match(JSON.stringify(s.getPeerCertificate().subjectaltname), /gateway\.a\.test/);
    s.destroy();
  });

  test('Given a certificate that does not match its key, when the context is built, then SLUICE_TLS_MATERIAL names the files', () => {
    assert.throws(
      () =>
        createServerContext(tlsConfig({ certFile: join(a, 'server.crt'), keyFile: join(b, 'server.key') })),
      (err: GatewayError) =>
        err.code === 'SLUICE_TLS_MATERIAL' && err.message.includes(join(a, 'server.crt')),
    );
  });

  test('Given the default ciphers, when a TLS 1.2 client offers only RSA key exchange or CBC suites, then the handshake fails; ECDHE with GCM works; a configured list replaces the default', async () => {
    const pem = { certFile: join(a, 'server-chain.crt'), keyFile: join(a, 'server.key') };
    const { server, port } = await serve(tlsConfig(pem));
    servers.push(server);
    const tls12 = (ciphers: string) =>
      open(port, { rejectUnauthorized: false, maxVersion: 'TLSv1.2', ciphers });
    await assert.rejects(tls12('AES128-GCM-SHA256'), 'RSA key exchange: no forward secrecy');
    await assert.rejects(tls12('ECDHE-RSA-AES128-SHA'), 'CBC');
    const ok = await tls12('ECDHE-RSA-AES128-GCM-SHA256');
    assert.equal(ok.getCipher().name, 'ECDHE-RSA-AES128-GCM-SHA256');
    ok.destroy();
    const tls13 = await open(port, { rejectUnauthorized: false });
    assert.equal(tls13.getProtocol(), 'TLSv1.3');
    tls13.destroy();
    const custom = await serve(tlsConfig({ ...pem, ciphers: 'ECDHE-RSA-AES256-GCM-SHA384' }));
    servers.push(custom.server);
    await assert.rejects(
      open(custom.port, {
        rejectUnauthorized: false,
        maxVersion: 'TLSv1.2',
        ciphers: 'ECDHE-RSA-AES128-GCM-SHA256',
      }),
    );
  });

  test('Given TLS 1.2 as the floor, when a client offers only TLS 1.1, then the handshake fails; TLS 1.2 works', async () => {
    const { server, port } = await serve(
      tlsConfig({ certFile: join(a, 'server-chain.crt'), keyFile: join(a, 'server.key') }),
    );
    servers.push(server);
    await assert.rejects(
      open(port, {
        rejectUnauthorized: false,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      }),
    );
    const s = await open(port, { rejectUnauthorized: false, maxVersion: 'TLSv1.2' });
    assert.equal(s.getProtocol(), 'TLSv1.2');
    s.destroy();
  });

  test('Given mTLS required, when a client without a certificate or with one from the CA connects, then only the latter gets through', async () => {
    // A client certificate signed by CA "a" (generate.sh issues server certificates only).
    const dir = join(root, 'client');
    execFileSync('mkdir', ['-p', dir]);
    execFileSync(
      'openssl',
      [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'c.key'),
        '-out',
        join(dir, 'c.csr'),
        '-subj',
        '/CN=client-1',
      ],
      { stdio: 'ignore' },
    );
    writeFileSync(join(dir, 'ext'), 'extendedKeyUsage=clientAuth\n');
    execFileSync(
      'openssl',
      [
        'x509',
        '-req',
        '-in',
        join(dir, 'c.csr'),
        '-CA',
        join(a, 'ca.crt'),
        '-CAkey',
        join(a, 'ca.key'),
        '-CAcreateserial',
        '-out',
        join(dir, 'c.crt'),
        '-days',
        '2',
        '-extfile',
        join(dir, 'ext'),
      ],
      { stdio: 'ignore' },
    );
    const cfg = tlsConfig({
      certFile: join(a, 'server-chain.crt'),
      keyFile: join(a, 'server.key'),
      clientAuth: 'required',
      clientCaFile: join(a, 'ca.crt'),
    });
    const { server, port } = await serve(cfg);
    servers.push(server);
    const anonymous = await open(port, { rejectUnauthorized: false }).then(
      (s) =>
        echo(s, 'x').then(
          () => 'served',
          () => 'refused',
        ),
      () => 'refused',
    );
    assert.equal(anonymous, 'refused');
    const read = (f: string) => readFileSync(f);
    const s = await open(port, {
      rejectUnauthorized: false,
      cert: read(join(dir, 'c.crt')),
      key: read(join(dir, 'c.key')),
    });
    assert.equal(await echo(s, 'hello'), 'hello');
    s.destroy();
  });

  test('Given a running listener, when the certificate files are replaced, then new handshakes get the new certificate and open connections keep working', async () => {
    const live = join(root, 'live');
    execFileSync('mkdir', ['-p', live]);
    copyFileSync(join(a, 'server-chain.crt'), join(live, 'tls.crt'));
    copyFileSync(join(a, 'server.key'), join(live, 'tls.key'));
    const cfg = tlsConfig({ certFile: join(live, 'tls.crt'), keyFile: join(live, 'tls.key') });
    const { server, port } = await serve(cfg);
    servers.push(server);
    const reloader = new CertificateReloader(cfg, pino({ level: 'silent' }));
    reloader.attach(server);
    try {
      const before = await open(port, { rejectUnauthorized: false });
      assert.match(String(before.getPeerCertificate().subjectaltname), /a\.test/);
      copyFileSync(join(b, 'server-chain.crt'), join(live, 'tls.crt'));
      copyFileSync(join(b, 'server.key'), join(live, 'tls.key'));
      for (let i = 0; i < 50 && reloader.reloads === 0; i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(reloader.reloads >= 1, true, 'reloaded');
      const after = await open(port, { rejectUnauthorized: false });
      assert.match(String(after.getPeerCertificate().subjectaltname), /b\.test/);
      assert.equal(await echo(before, 'still here'), 'still here');
      before.destroy();
      after.destroy();
    } finally {
      reloader.close();
    }
  });
});
