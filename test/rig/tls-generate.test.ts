// deploy/tls/generate.sh: the SANs it promises, a chain that verifies, stores Java can open,
// idempotence, and clear refusals of bad arguments.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { REPO_ROOT } from '../../rig/kafka-dist.ts';
import { runProcess } from '../../rig/run-process.ts';

const script = join(REPO_ROOT, 'deploy', 'tls', 'generate.sh');
const generate = (args: string[]) => runProcess('bash', [script, ...args], { timeoutMs: 60_000 });
const sansOf = async (cert: string) =>
  (await runProcess('openssl', ['x509', '-in', cert, '-noout', '-ext', 'subjectAltName'])).stdout;

describe('deploy/tls/generate.sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-tls-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('Given --domain and --brokers 4, then the certificate names the gateway and brokermain0..3, verifies against the CA, and the stores open with the password', async () => {
    const out = join(dir, 'enumerated');
    const run = await generate([
      '--out',
      out,
      '--domain',
      'example.test',
      '--brokers',
      '4',
      '--san',
      '127.0.0.1',
    ]);
    assert.equal(run.exitCode, 0, run.stderr);

    const sans = await sansOf(join(out, 'server.crt'));
    for (const host of ['gateway', 'brokermain0-gateway', 'brokermain3-gateway']) {
      assert.match(sans, new RegExp(`DNS:${host}\\.example\\.test`));
    }
    assert.doesNotMatch(sans, /brokermain4/);
    assert.match(sans, /IP Address:127\.0\.0\.1/);
    const verify = await runProcess('openssl', [
      'verify',
      '-CAfile',
      join(out, 'ca.crt'),
      join(out, 'server.crt'),
    ]);
    assert.equal(verify.exitCode, 0, verify.stderr);
    for (const store of ['server.p12', 'truststore.p12']) {
      const list = await runProcess('keytool', [
        '-list',
        '-keystore',
        join(out, store),
        '-storepass',
        'changeit',
      ]);
      assert.equal(list.exitCode, 0, list.stdout);
    }
  });

  test('Given the same arguments twice, then the second run changes no file; with --wildcard it reissues the server certificate but keeps the CA', async () => {
    const out = join(dir, 'idempotent');
    const snapshot = () =>
      Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f)).toString('base64')]));
    await generate(['--out', out, '--brokers', '2']);
    const first = snapshot();
    await generate(['--out', out, '--brokers', '2']);
    assert.deepEqual(snapshot(), first);

    const wildcard = await generate(['--out', out, '--wildcard']);
    assert.equal(wildcard.exitCode, 0, wildcard.stderr);
    const after = snapshot();
    assert.equal(after['ca.crt'], first['ca.crt']);
    assert.notEqual(after['server.crt'], first['server.crt']);
    assert.match(await sansOf(join(out, 'server.crt')), /DNS:\*\.sluice\.test/);
  });

  test('Given bad arguments, then it exits with 2 and says what is wrong', async () => {
    const missingOut = await generate(['--brokers', '3']);
    assert.equal(missingOut.exitCode, 2);
    assert.match(missingOut.stderr, /--out DIR is required/);
    const badCount = await generate(['--out', join(dir, 'bad'), '--brokers', 'three']);
    assert.equal(badCount.exitCode, 2);
    assert.match(badCount.stderr, /--brokers must be a number/);
    const unknown = await generate(['--out', join(dir, 'bad'), '--frobnicate']);
    assert.equal(unknown.exitCode, 2);
    assert.match(unknown.stderr, /unknown argument: --frobnicate/);
  });
});
