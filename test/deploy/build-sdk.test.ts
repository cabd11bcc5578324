// The SDK as a policy author outside this repository gets it: `npm pack` of Sluice, unpacked
// into a fresh project's node_modules, then the author's TypeScript policy and its test run
// with plain `node --test` (Node strips types only outside node_modules, so the package must
// ship JavaScript) and type-check against the shipped declarations.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

const ROOT = join(import.meta.dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const POLICY = `import { accept, definePolicy, field, reject } from 'sluice/sdk';

export default definePolicy({
  name: 'key-required',
  config: { maxBytes: field.integer({ default: 100, min: 1 }) },
  onProduce(batch, ctx) {
    const bad = batch.records.filter((r) => r.key === null || (r.value?.length ?? 0) > ctx.config.maxBytes);
    if (bad.length === 0) return accept();
    return reject('records need a key', { recordErrors: bad.map((r) => ({ index: r.index, message: 'no key' })) });
  },
});
`;

const POLICY_TEST = `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testPolicy } from 'sluice/sdk/testing';
import policy from './key-required.ts';

test('a keyless record is refused', async () => {
  const t = testPolicy(policy, { config: { maxBytes: 10 } });
  const r = await t.produce({ topic: 'orders', records: [{ key: 'a', value: 'ok' }, { value: 'x' }] });
  assert.equal(r.verdict?.kind, 'reject');
  assert.deepEqual(r.verdict?.kind === 'reject' && r.verdict.recordErrors, [{ index: 1, message: 'no key' }]);
});
`;

/** `node --test` as the author runs it, not as a child of this test run (which would report to us). */
function nodeTest(cwd: string, file: string) {
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', file], { cwd, env, encoding: 'utf8' });
}

const TSCONFIG = {
  compilerOptions: {
    target: 'es2023',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    types: [],
  },
  include: ['*.ts'],
  exclude: ['*.test.ts'],
};

describe('the SDK as shipped in the npm package', () => {
  let dir = '';
  let project = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-sdk-package-'));
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }),
    ) as { filename: string }[];
    project = join(dir, 'author');
    const installed = join(project, 'node_modules', 'sluice');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, packed[0].filename), '-C', installed, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(join(project, 'key-required.ts'), POLICY);
    writeFileSync(join(project, 'key-required.test.ts'), POLICY_TEST);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('Given a policy project with Sluice in node_modules, When its test runs with node --test, Then the harness runs the policy and the test passes', () => {
    const r = nodeTest(project, 'key-required.test.ts');
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /# pass 1/);
  });

  test('Given the same test expecting the wrong verdict, When it runs, Then it fails: the harness really ran the policy', () => {
    writeFileSync(
      join(project, 'wrong.test.ts'),
      POLICY_TEST.replace(
        "assert.equal(r.verdict?.kind, 'reject')",
        "assert.equal(r.verdict?.kind, 'accept')",
      ),
    );
    const r = nodeTest(project, 'wrong.test.ts');
    rmSync(join(project, 'wrong.test.ts'));
    assert.notEqual(r.status, 0);
    assert.match(r.stdout, /# fail 1/);
  });

  test('Given the shipped declarations, When the project type-checks, Then it passes, and a misuse of the typed config is an error', () => {
    const ok = spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    writeFileSync(
      join(project, 'bad.ts'),
      readFileSync(join(project, 'key-required.ts'), 'utf8').replace(
        'ctx.config.maxBytes',
        'ctx.config.maxBytes.toUpperCase()',
      ),
    );
    const bad = spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    rmSync(join(project, 'bad.ts'));
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /bad\.ts.*Property 'toUpperCase' does not exist on type 'number'/);
  });

  test("Given a policy rejecting with the SDK's ErrorCodes, When the project type-checks, Then Kafka's codes are known and only a made-up one is an error", () => {
    const coded = readFileSync(join(project, 'key-required.ts'), 'utf8')
      .replace('import { accept,', 'import { accept, ErrorCodes,')
      .replace('{ recordErrors:', '{ errorCode: ErrorCodes.INVALID_RECORD, recordErrors:');
    // One type-check run: the known code must pass and the made-up one be the only error.
    writeFileSync(
      join(project, 'coded.ts'),
      `${coded}\nexport const madeUp: number = ErrorCodes.NO_SUCH_CODE;\n`,
    );
    const r = spawnSync(process.execPath, [TSC, '-p', project], { encoding: 'utf8' });
    rmSync(join(project, 'coded.ts'));
    assert.notEqual(r.status, 0);
    const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
    assert.equal(errors.length, 1, r.stdout);
    assert.match(errors[0], /coded\.ts.*Property 'NO_SUCH_CODE' does not exist/);
  });
});
