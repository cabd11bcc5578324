import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  parseMessage,
  parseVersions,
  stripComments,
} from '../../../../gateway/protocol/generator/spec-model.ts';

const root = join(import.meta.dirname, '../../../..');
const generatedDir = join(root, 'gateway/protocol/generated');

describe('codec generator', () => {
  test('Given the committed generated files, when the generator runs again, then it writes the same files', () => {
    const out = mkdtempSync(join(tmpdir(), 'sluice-generated-'));
    try {
      const run = spawnSync(process.execPath, ['gateway/protocol/generator/generate.ts'], {
        cwd: root,
        env: { ...process.env, SLUICE_GENERATED_OUT: out },
        encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /generated \d+ APIs/);
      const fresh = readdirSync(out).sort();
      assert.deepEqual(fresh, readdirSync(generatedDir).sort(), 'same file list');
      for (const file of fresh) {
        assert.equal(
          readFileSync(join(out, file), 'utf8'),
          readFileSync(join(generatedDir, file), 'utf8'),
          `${file} is stale: run npm run generate`,
        );
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('Given every generated file, when its first line is read, then it says generated — do not edit', () => {
    for (const file of readdirSync(generatedDir)) {
      assert.match(readFileSync(join(generatedDir, file), 'utf8'), /^\/\/ generated — do not edit/, file);
    }
  });

  test('Given version specs, when parsed, then ranges, open ends and none come out', () => {
    assert.deepEqual(parseVersions('3+', 'x'), { lo: 3, hi: 0x7fff });
    assert.deepEqual(parseVersions('0-2', 'x'), { lo: 0, hi: 2 });
    assert.deepEqual(parseVersions('4', 'x'), { lo: 4, hi: 4 });
    assert.equal(parseVersions('none', 'x'), null);
    assert.throws(() => parseVersions('2-', 'x'), /cannot parse/);
  });

  test('Given spec text with // comments, including // inside a string, when stripped, then the JSON parses', () => {
    const text = '// licence\n{ "a": "http://x", // trailing\n  "b": 1 }';
    assert.deepEqual(JSON.parse(stripComments(text)), { a: 'http://x', b: 1 });
  });

  test('Given a spec that uses an undefined struct, when parsed, then the generator refuses it', () => {
    const spec = JSON.stringify({
      apiKey: 1000,
      type: 'request',
      name: 'BadRequest',
      validVersions: '0',
      flexibleVersions: 'none',
      fields: [{ name: 'X', type: '[]Missing', versions: '0+' }],
    });
    assert.throws(() => parseMessage(spec, 'BadRequest.json'), /unknown struct Missing/);
  });
});
