import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ensureKafkaJars, KAFKA_MATRIX, KAFKA_VERSION } from '../../../rig/kafka-dist.ts';
import { mergeSpecs, wireLayout } from '../../../tools/codegen/spec-merge.ts';
import { parseMessage, parseVersions, stripComments } from '../../../tools/codegen/spec-model.ts';
import { KAFKA_SPEC_VERSIONS, readSpecSource } from '../../../tools/codegen/spec-sources.ts';

const root = join(import.meta.dirname, '../../..');
const generatedDir = join(root, 'kafka/generated');

describe('codec generator', () => {
  test('Given the committed generated files, when the generator runs again, then it writes the same files', () => {
    // The spec sources include the kafka-clients jars the rig fetches (a no-op when cached).
    for (const v of KAFKA_SPEC_VERSIONS) ensureKafkaJars(v);
    const out = mkdtempSync(join(tmpdir(), 'sluice-generated-'));
    try {
      const run = spawnSync(process.execPath, ['tools/codegen/generate.ts'], {
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

  test('Given the rig pins a Kafka version and a broker matrix, when the generator picks its kafka-clients jars, then the newest is the pinned one and every 4.x broker of the matrix is covered', () => {
    assert.equal(KAFKA_SPEC_VERSIONS.at(-1), KAFKA_VERSION);
    for (const v of KAFKA_MATRIX.filter((m) => m.startsWith('4.'))) {
      assert.ok((KAFKA_SPEC_VERSIONS as readonly string[]).includes(v), `${v} specs merged`);
    }
  });

  test('Given an api renamed between releases (same api key), when merged, then one message with the newer name and the union of versions comes out', () => {
    const { messages, notes } = mergeSpecs(
      [spec('0-1', [a], 'OldNameRequest')],
      [spec('0-2', [a], 'NewNameRequest')],
    );
    assert.equal(messages.length, 1);
    assert.equal(messages[0].name, 'NewNameRequest');
    assert.deepEqual(messages[0].validVersions, { lo: 0, hi: 2 });
    assert.match(notes.join('\n'), /OldNameRequest: renamed NewNameRequest/);
  });

  const spec = (validVersions: string, fields: object[], name = 'ThingRequest') =>
    parseMessage(
      JSON.stringify({ apiKey: 1000, type: 'request', name, validVersions, flexibleVersions: '2+', fields }),
      `${name}.json`,
    );
  const a = { name: 'A', type: 'int32', versions: '0+' };
  const b = { name: 'B', type: 'string', versions: '0-1' };

  test('Given older and newer specs with the same layout for old versions, when merged, then the valid versions are the union', () => {
    const { messages, notes } = mergeSpecs([spec('0-2', [a, b])], [spec('1-3', [a, b])]);
    assert.deepEqual(messages[0].validVersions, { lo: 0, hi: 3 });
    assert.equal(notes.length, 1);
    assert.equal(wireLayout(messages[0], 0), 'fixed(int32,string)');
    assert.equal(wireLayout(messages[0], 3), 'flex(int32c)');
  });

  test('Given a newer spec that deleted the fields of a dropped version, when merged, then that version is left out', () => {
    const { messages } = mergeSpecs([spec('0-2', [a, b])], [spec('1-3', [a, { ...b, versions: '1' }])]);
    assert.deepEqual(messages[0].validVersions, { lo: 1, hi: 3 });
  });

  test('Given specs that disagree on a version both list, when merged, then the generator refuses', () => {
    assert.throws(() => mergeSpecs([spec('0-2', [a, b])], [spec('0-3', [a])]), /disagree on the wire layout/);
  });

  test('Given an older release whose latest version was unstable (a preview), when the newer release changed it or dropped it, then the newer layout wins and a dropped preview is not kept', () => {
    const unstable = (validVersions: string, fields: object[]) =>
      parseMessage(
        JSON.stringify({
          apiKey: 1000,
          type: 'request',
          name: 'ThingRequest',
          validVersions,
          latestVersionUnstable: true,
          flexibleVersions: '0+',
          fields,
        }),
        'ThingRequest.json',
      );
    const changed = mergeSpecs([unstable('0', [a])], [spec('0-1', [a, { ...b, versions: '0+' }])]);
    assert.deepEqual(changed.messages[0].validVersions, { lo: 0, hi: 1 });
    assert.match(changed.notes.join('\n'), /v0: unstable in the older specs; the newer layout is kept/);
    const dropped = mergeSpecs([unstable('0', [a])], [spec('1-2', [a])]);
    assert.deepEqual(dropped.messages[0].validVersions, { lo: 1, hi: 2 });
    assert.throws(
      () => mergeSpecs([spec('0', [a])], [spec('0-1', [a, { ...b, versions: '0+' }])]),
      /disagree/,
    );
  });

  test('Given a message the newer specs removed ("none"), when merged, then the older versions are kept', () => {
    const { messages } = mergeSpecs([spec('0-2', [a])], [spec('none', [])]);
    assert.deepEqual(messages[0].validVersions, { lo: 0, hi: 2 });
  });

  test('Given the kafka-clients jar, when its specs are read, then common/message/*.json come out as text', () => {
    const files = readSpecSource(ensureKafkaJars().clientsJar);
    assert.ok(files.size > 150, `${files.size} specs`);
    assert.match(files.get('ProduceRequest.json') ?? '', /"apiKey": 0,/);
  });

  test('Given a file that is not a zip, when read as a spec source, then the generator says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-specs-'));
    try {
      const fake = join(dir, 'fake.jar');
      writeFileSync(fake, 'not a zip at all, but long enough to have no end-of-central-directory record');
      assert.throws(() => readSpecSource(fake), /not a zip file/);
      assert.throws(() => readSpecSource(join(dir, 'fake.txt')), /ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
