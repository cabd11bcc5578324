// `sluice policy test <path>`: a policy's own tests run here, no server, through the same
// runner the admin API uses before it stores a push — one line per test, exit 1 on a failure.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { NO_BAD, noBadTests, type Sluice, sluiceCli } from './support.ts';

describe('sluice policy test', () => {
  let sluice: Sluice;
  let dir: string;
  const folder = (name: string, files: Record<string, string>) => {
    mkdirSync(join(dir, name));
    for (const [f, source] of Object.entries(files)) writeFileSync(join(dir, name, f), source);
    return join(dir, name);
  };

  before(() => {
    sluice = sluiceCli();
    dir = mkdtempSync(join(tmpdir(), 'sluice-cli-policy-test-'));
  });

  test('Given a policy whose tests pass and one with a failing test, when tested, then exit 0 and exit 1, each test on its own line, the failure with its message and its file on disk', async () => {
    const good = folder('good', { 'policy.ts': NO_BAD, 'policy.test.ts': noBadTests() });
    const bad = folder('bad', { 'policy.ts': NO_BAD, 'policy.test.ts': noBadTests(true) });
    const [passing, failing, json] = await Promise.all([
      sluice(['policy', 'test', good]),
      sluice(['policy', 'test', bad]),
      sluice(['policy', 'test', bad, '-o', 'json']),
    ]);
    assert.equal(passing.exitCode, 0, passing.stderr);
    assert.match(passing.stderr, /testing .*good \(2 files, 1 test file\(s\)\) …/);
    assert.match(passing.stdout, /^pass {2}a bad record is refused$/m);
    assert.match(passing.stdout, /^1 test: 1 passed, 0 failed$/m);

    assert.equal(failing.exitCode, 1);
    assert.match(failing.stdout, /^pass {2}a bad record is refused$/m);
    assert.match(failing.stdout, /^FAIL {2}good records > a good record is refused too$/m);
    assert.match(failing.stdout, /^ {8}expected a refusal$/m);
    assert.ok(failing.stdout.includes(`at ${join(bad, 'policy.test.ts')}:`), failing.stdout);
    assert.match(failing.stdout, /^2 tests: 1 passed, 1 failed$/m);
    assert.match(failing.stderr, /sluice: 1 of 2 test\(s\) failed/);

    assert.equal(json.exitCode, 1);
    const report = JSON.parse(json.stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.results
        .filter((r: { kind: string }) => r.kind === 'test')
        .map((r: { name: string; status: string }) => [r.name, r.status]),
      [
        ['a bad record is refused', 'pass'],
        ['a good record is refused too', 'fail'],
      ],
    );
  });

  test('Given one policy file with its test beside it, when tested, then the test runs; a policy that imports what it may not fails to compile with file:line:col; no tests is a usage error', async () => {
    writeFileSync(join(dir, 'policy.ts'), NO_BAD);
    writeFileSync(join(dir, 'policy.test.ts'), noBadTests());
    const sneaky = folder('sneaky', {
      'policy.ts': `import { readFileSync } from 'node:fs';\n${NO_BAD}`,
      'policy.test.ts': noBadTests(),
    });
    const untested = folder('untested', { 'policy.ts': NO_BAD });
    const [single, forbidden, none] = await Promise.all([
      sluice(['policy', 'test', 'policy.ts'], { cwd: dir }),
      sluice(['policy', 'test', sneaky]),
      sluice(['policy', 'test', untested]),
    ]);
    assert.equal(single.exitCode, 0, single.stderr);
    assert.match(single.stdout, /^pass {2}a bad record is refused$/m);
    assert.equal(forbidden.exitCode, 1);
    assert.match(forbidden.stderr, new RegExp(`^${join(sneaky, 'policy.ts')}:1:\\d+: .*node:fs`, 'm'));
    assert.equal(none.exitCode, 2);
    assert.match(none.stderr, /no tests/);
  });
});
