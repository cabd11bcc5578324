// The hosts-file helper: names resolve inside the private mount namespace and nowhere else.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { withHostsFile, writeHostsFile } from '../../rig/hostnames.ts';
import { runProcess } from '../../rig/run-process.ts';

describe('hostnames helper', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-hosts-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const name = 'brokermain0-gateway.sluice.test';

  test('Given a hosts file, when getent runs through withHostsFile, then the chosen name resolves to 127.0.0.1', async () => {
    const hostsFile = writeHostsFile(join(dir, 'hosts'), [name, 'gateway.sluice.test']);
    const wrapped = withHostsFile(hostsFile, 'getent', ['hosts', name]);

    const inside = await runProcess(wrapped.command, wrapped.args, { env: wrapped.env, timeoutMs: 10_000 });

    assert.equal(inside.exitCode, 0, inside.stderr);
    assert.match(inside.stdout, /^127\.0\.0\.1\s+brokermain0-gateway\.sluice\.test$/m);
    assert.equal(wrapped.env.SLUICE_HOSTS_FILE, hostsFile);
  });

  test('Given the same name, when getent runs outside the helper, then it does not resolve and /etc/hosts is untouched', async () => {
    const before = readFileSync('/etc/hosts', 'utf8');
    const wrapped = withHostsFile(writeHostsFile(join(dir, 'hosts2'), [name]), 'true');
    await runProcess(wrapped.command, wrapped.args, { timeoutMs: 10_000 });

    const outside = await runProcess('getent', ['hosts', name], { timeoutMs: 10_000 });

    assert.notEqual(outside.exitCode, 0);
    assert.equal(readFileSync('/etc/hosts', 'utf8'), before);
  });

  test('Given a hosts file, then it names localhost too, because a JVM using it resolves nothing else', () => {
    const text = readFileSync(writeHostsFile(join(dir, 'hosts3'), ['gateway.sluice.test']), 'utf8');
    assert.match(text, /^127\.0\.0\.1 localhost$/m);
    assert.match(text, /^127\.0\.0\.1 gateway\.sluice\.test$/m);
  });

  test('Given a bad hostname or a non-loopback address, when writing the hosts file, then a typed error says why', () => {
    assert.throws(() => writeHostsFile(join(dir, 'bad'), ['not a host']), {
      code: 'SLUICE_RIG_INVALID_ARGUMENT',
      message: /not a valid hostname/,
    });
    assert.throws(
      () => writeHostsFile(join(dir, 'bad'), [{ name: 'gateway.sluice.test', address: '10.0.0.1' }]),
      {
        code: 'SLUICE_RIG_INVALID_ARGUMENT',
        message: /loopback/,
      },
    );
  });
});
