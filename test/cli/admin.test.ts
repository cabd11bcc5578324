// `sluice admin hash-password` / `hash-token` as a user runs them: the secret on stdin or in a
// file, the hash on stdout; the gateway accepts a config holding only the hash.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { AdminAuth } from '../../gateway/admin/auth.ts';
import { verifySecret } from '../../gateway/config/secrets.ts';
import { sluiceCli } from './support.ts';

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('sluice admin', () => {
  const sluice = sluiceCli();

  test('Given a password on stdin (with the newline echo adds), when hash-password runs, then stdout is a scrypt hash the admin API accepts that password for, and no other', async () => {
    const r = await sluice(['admin', 'hash-password'], { input: 'correct horse battery\n' });
    assert.equal(r.exitCode, 0, r.stderr);
    const hash = r.stdout.trim();
    assert.match(hash, /^scrypt\$/);
    assert.ok(verifySecret('correct horse battery', hash));
    assert.ok(!r.stdout.includes('correct horse'), 'the secret is not echoed');
    const auth = new AdminAuth([{ name: 'alice', role: 'admin', hash }], [], {
      maxFailures: 10,
      windowMs: 60_000,
    });
    const ok = auth.authenticate(basic('alice', 'correct horse battery'), '127.0.0.1');
    const bad = auth.authenticate(basic('alice', 'correct horse'), '127.0.0.2');
    assert.equal(ok.ok, true);
    assert.equal(bad.ok, false);
  });

  test('Given a token in a file, when hash-token runs with -o json, then the JSON names tokenHash; an empty secret is a usage error (exit 2)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sluice-hash-')), 'token');
    writeFileSync(file, 'a-long-random-token-for-ci-0123');
    const r = await sluice(['-o', 'json', 'admin', 'hash-token', '--from', file]);
    assert.equal(r.exitCode, 0, r.stderr);
    const { tokenHash } = JSON.parse(r.stdout);
    assert.ok(verifySecret('a-long-random-token-for-ci-0123', tokenHash));
    const empty = await sluice(['admin', 'hash-password'], { input: '\n' });
    assert.equal(empty.exitCode, 2);
    assert.match(empty.stderr, /holds no secret/);
  });
});
