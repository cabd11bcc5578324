// `sluice certs generate` runs deploy/tls/generate.sh; what it writes is then used the way a
// deployment uses it: the admin API serves HTTPS with the certificate and the CLI trusts the CA
// with --cacert (and says what to do without it).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type Sluice, sluiceCli, startAdmin, TOKEN } from './support.ts';

describe('sluice certs generate', () => {
  const sluice: Sluice = sluiceCli();

  test('Given --out, --domain, --brokers and --san, when generated, then server.crt names them, and the admin API on it is reached with --cacert (exit 3 with a hint without it, or over http://)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sluice-cli-certs-')), 'tls');
    const r = await sluice([
      'certs',
      'generate',
      '--out',
      out,
      '--domain',
      'example.test',
      '--brokers',
      '2',
      '--san',
      '127.0.0.1',
      '-o',
      'json',
    ]);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stderr, /generating TLS material in .*tls …/);
    assert.ok(existsSync(join(out, 'server.crt')));
    const written = JSON.parse(r.stdout);
    assert.ok(written.files.includes(join(out, 'server.crt')));
    assert.deepEqual(written.sans, [
      'DNS:gateway.example.test',
      'DNS:brokermain0-gateway.example.test',
      'DNS:brokermain1-gateway.example.test',
      'IP:127.0.0.1',
    ]);
    const text = execFileSync('openssl', ['x509', '-in', join(out, 'server.crt'), '-noout', '-text'], {
      encoding: 'utf8',
    });
    assert.match(text, /DNS:brokermain1-gateway\.example\.test/);

    const admin = await startAdmin({
      https: { cert: readFileSync(join(out, 'server.crt')), key: readFileSync(join(out, 'server.key')) },
    });
    try {
      const [trusted, untrusted, plain] = await Promise.all([
        sluice(['policy', 'list', '--url', admin.url, '--token', TOKEN, '--cacert', join(out, 'ca.crt')]),
        sluice(['policy', 'list', '--url', admin.url, '--token', TOKEN]),
        sluice(['policy', 'list', '--url', admin.url.replace('https:', 'http:'), '--token', TOKEN]),
      ]);
      assert.match(admin.url, /^https:/);
      assert.equal(trusted.exitCode, 0, trusted.stderr);
      assert.equal(untrusted.exitCode, 3);
      assert.match(untrusted.stderr, /--cacert/);
      assert.equal(plain.exitCode, 3);
      assert.match(plain.stderr, /is the admin API HTTPS \(https:\/\/\)\?/);
    } finally {
      await admin.close();
    }
  });

  test('Given --wildcard with --brokers, or no --out, when run, then exit 2 and generate.sh is not run', async () => {
    const [both, noOut] = await Promise.all([
      sluice(['certs', 'generate', '--out', tmpdir(), '--wildcard', '--brokers', '2']),
      sluice(['certs', 'generate']),
    ]);
    assert.equal(both.exitCode, 2);
    assert.match(both.stderr, /cannot be used with/);
    assert.equal(noOut.exitCode, 2);
    assert.match(noOut.stderr, /--out <dir>/);
  });
});
