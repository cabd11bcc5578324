import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, test } from 'node:test';
import { compilePolicy } from '../../engine/compile.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('compilePolicy', () => {
  test('Given imports of fs and node:net, When compiling, Then each is a FORBIDDEN_IMPORT with file:line:col', async () => {
    const r = await compilePolicy({
      filename: 'evil.ts',
      source: [
        "import { definePolicy, accept } from 'sluice/sdk';",
        "import { readFileSync } from 'fs';",
        "import * as net from 'node:net';",
        'export default definePolicy({ name: "evil", onProduce: () => accept() });',
      ].join('\n'),
    });
    assert.equal(r.ok, false);
    const d = r.ok ? [] : r.diagnostics;
    assert.deepEqual(
      d.map((x) => [x.code, x.file, x.line, x.column]),
      [
        ['SLUICE_COMPILE_FORBIDDEN_IMPORT', 'evil.ts', 2, 30],
        ['SLUICE_COMPILE_FORBIDDEN_IMPORT', 'evil.ts', 3, 22],
      ],
    );
    assert.match(d[0].message, /"fs" is not allowed/);
  });

  test('Given require of child_process and a dynamic import, When compiling, Then both are refused', async () => {
    const r = await compilePolicy({
      source: `import { definePolicy, accept } from 'sluice/sdk';
const cp = require('child_process');
export default definePolicy({ name: 'x', onProduce: async () => { await import('node:fs'); return accept(); } });`,
    });
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? [] : r.diagnostics.map((d) => [d.code, d.line]), [
      ['SLUICE_COMPILE_FORBIDDEN_IMPORT', 2],
      ['SLUICE_COMPILE_FORBIDDEN_IMPORT', 3],
    ]);
  });

  test('Given an arbitrary package, When compiling, Then it is refused even though it is installed', async () => {
    const r = await compilePolicy({ source: `import pino from 'pino';\nexport default pino;` });
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.diagnostics[0].message, /only ajv, avsc and the Sluice SDK/);
  });

  test('Given a syntax error, When compiling, Then a SYNTAX diagnostic points at it', async () => {
    const r = await compilePolicy({ source: 'const x = ;\nexport default x;' });
    assert.deepEqual(r.ok ? null : [r.diagnostics[0].code, r.diagnostics[0].line, r.diagnostics[0].column], [
      'SLUICE_COMPILE_SYNTAX',
      1,
      11,
    ]);
  });

  test('Given no default export, When compiling, Then NO_DEFAULT_EXPORT names the policy file', async () => {
    const r = await compilePolicy({ source: 'export const x = 1;', filename: 'mine.ts' });
    assert.deepEqual(r.ok ? null : [r.diagnostics[0].code, r.diagnostics[0].file], [
      'SLUICE_COMPILE_NO_DEFAULT_EXPORT',
      'mine.ts',
    ]);
  });

  test('Given ajv, When compiling, Then the bundle is an IIFE and the revision is a stable sha256', async () => {
    const source = `import Ajv from 'ajv';\nimport { definePolicy, accept } from 'sluice/sdk';\nconst ajv = new Ajv();\nexport default definePolicy({ name: 'a', onProduce: () => (ajv ? accept() : accept()) });`;
    const a = await compilePolicy({ source });
    const b = await compilePolicy({ source });
    assert.ok(a.ok && b.ok);
    assert.match(a.policy.revision, /^sha256:[0-9a-f]{64}$/);
    assert.equal(a.policy.revision, b.policy.revision);
    assert.ok(a.policy.code.startsWith('(()=>{'));
    assert.ok(a.policy.inputs.some((f) => f.includes('node_modules/ajv/')));
    const c = await compilePolicy({ source: source.replace("name: 'a'", "name: 'b'") });
    assert.ok(c.ok);
    assert.notEqual(c.policy.revision, a.policy.revision);
  });

  test('Given a policy split over files on disk, When compiling its entry, Then relative imports in its folder are bundled', async () => {
    const r = await compilePolicy({ entry: join(fixtures, 'multi', 'policy.ts') });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
    assert.ok(r.policy.inputs.some((f) => f.endsWith('rules.ts')));
  });

  test('Given a relative import outside the policy folder, When compiling, Then it is refused', async () => {
    const r = await compilePolicy({ entry: join(fixtures, 'escape.ts') });
    assert.equal(r.ok, false);
    const d = r.ok ? undefined : r.diagnostics[0];
    assert.equal(d?.code, 'SLUICE_COMPILE_FORBIDDEN_IMPORT');
    assert.equal(d?.file, 'escape.ts');
    assert.equal(d?.line, 3);
    assert.match(d?.message ?? '', /outside the policy's folder/);
  });

  test('Given the SDK test harness import, When compiling, Then it is refused as host-only', async () => {
    const r = await compilePolicy({
      source: `import { testPolicy } from '${join(import.meta.dirname, '..', '..', 'sdk', 'host', 'testing.ts')}';\nexport default testPolicy;`,
    });
    assert.equal(r.ok, false);
  });

  test('Given a policy file importing host-only SDK code, When compiling, Then sdk/host/ is refused as a folder', async () => {
    const r = await compilePolicy({ entry: join(fixtures, 'host-import.ts') });
    assert.deepEqual(r.ok ? null : r.diagnostics.map((d) => [d.code, d.line]), [
      ['SLUICE_COMPILE_FORBIDDEN_IMPORT', 3],
    ]);
    assert.match(r.ok ? '' : r.diagnostics[0].message, /sdk\/host\/ runs on the host only/);
  });

  test('Given a policy importing every SDK file outside sdk/host/, When compiling, Then all of it bundles: that half runs in the sandbox', async () => {
    const sdk = join(import.meta.dirname, '..', '..', 'sdk');
    const files = readdirSync(sdk, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.startsWith(`host${sep}`))
      .map((f) => join(sdk, f));
    assert.ok(files.some((f) => f.endsWith(join('runtime', 'runtime.ts'))));
    const dir = mkdtempSync(join(tmpdir(), 'sluice-sdk-half-'));
    try {
      const imports = files.map((f, i) => `import * as m${i} from ${JSON.stringify(f)};`);
      const entry = join(dir, 'policy.ts');
      writeFileSync(
        entry,
        `${imports.join('\n')}\nexport default m0 && definePolicy({ name: 'all', onProduce: () => accept() });\nimport { accept, definePolicy } from 'sluice/sdk';\n`,
      );
      const r = await compilePolicy({ entry });
      assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('Given a policy rejecting with ErrorCodes, When compiling, Then the bundle holds the name → code map but not the descriptions', async () => {
    const r = await compilePolicy({
      source: `import { definePolicy, reject, ErrorCodes } from 'sluice/sdk';\nexport default definePolicy({ name: 'e', onProduce: () => reject('no', { errorCode: ErrorCodes.POLICY_VIOLATION }) });`,
    });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.diagnostics));
    assert.ok(r.policy.inputs.some((f) => f.endsWith('kafka/generated/error-codes.ts')));
    assert.match(r.policy.code, /POLICY_VIOLATION:44/);
    // KAFKA_ERRORS' messages, e.g. UNKNOWN_SERVER_ERROR's, stay out of the sandbox.
    assert.doesNotMatch(r.policy.code, /unexpected error when processing/);
  });

  test('Given a policy importing the Kafka error table by path, When compiling, Then it is refused: only the SDK reaches it', async () => {
    const table = join(import.meta.dirname, '..', '..', 'kafka', 'generated', 'error-codes.ts');
    const r = await compilePolicy({
      source: `import { KAFKA_ERROR_CODES } from '${table}';\nexport default KAFKA_ERROR_CODES;`,
    });
    assert.equal(r.ok ? null : r.diagnostics[0].code, 'SLUICE_COMPILE_FORBIDDEN_IMPORT');
  });

  test('Given avsc, When compiling, Then its types-only entry is bundled with pure-JS buffer and util, and stream stays forbidden', async () => {
    const ok = await compilePolicy({
      source: `import avro from 'avsc';\nimport { definePolicy, accept } from 'sluice/sdk';\nconst t = avro.Type.forSchema({ type: 'string' });\nexport default definePolicy({ name: 'a', onProduce: () => (t ? accept() : accept()) });`,
    });
    assert.ok(ok.ok, JSON.stringify(!ok.ok && ok.diagnostics));
    assert.ok(ok.policy.inputs.some((f) => f.endsWith('avsc/etc/browser/avsc-types.js')));
    assert.ok(ok.policy.inputs.some((f) => f.endsWith('node_modules/buffer/index.js')));
    assert.ok(!ok.policy.inputs.some((f) => f.includes('avsc/lib/containers.js')));
    const stream = await compilePolicy({
      source: `import { Readable } from 'stream';\nexport default Readable;`,
    });
    assert.equal(stream.ok ? null : stream.diagnostics[0].code, 'SLUICE_COMPILE_FORBIDDEN_IMPORT');
  });
});
