import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jsonPathSlots, parseJsonPath, setSlot, slotValue } from '../../sdk/json-path.ts';
import { nameMatcher } from '../../sdk/patterns.ts';

const values = (doc: unknown, path: string) => jsonPathSlots(doc, parseJsonPath(path)).map(slotValue);

describe('sdk json paths', () => {
  const doc = { a: { b: [{ c: 1 }, { c: 2 }, { d: 3 }] }, tags: ['x', 'y'], 'k-1': { z: null } };

  test('Given keys, indexes and [*], When resolved, Then every existing slot is found and missing ones are not', () => {
    assert.deepEqual(values(doc, 'a.b[0].c'), [1]);
    assert.deepEqual(values(doc, 'a.b[*].c'), [1, 2]);
    assert.deepEqual(values(doc, 'a.b[5].c'), []);
    assert.deepEqual(values(doc, 'tags[*]'), ['x', 'y']);
    assert.deepEqual(values(doc, 'k-1.z'), [null]);
    assert.deepEqual(values(doc, 'a.missing.c'), []);
    assert.deepEqual(values(doc, 'tags.length'), [], 'an array has no keys');
    assert.deepEqual(values('scalar', 'a'), []);
  });

  test('Given slots, When set, Then the document changes in place', () => {
    const d = structuredClone(doc);
    for (const s of jsonPathSlots(d, parseJsonPath('a.b[*].c'))) setSlot(s, 'x');
    assert.deepEqual(d.a.b, [{ c: 'x' }, { c: 'x' }, { d: 3 }]);
  });

  test('Given malformed paths, When parsed, Then the error names the path and position', () => {
    for (const [p, want] of [
      ['', /non-empty/],
      ['a..b', /at 2: empty key/],
      ['a.', /at 2: empty key/],
      ['a[', /unclosed/],
      ['a[-1]', /expected \[\*\] or \[number\]/],
      ['[0]', /starts with a key/],
      ['a]b', /unexpected \]/],
      ['a[0]b', /expected \. or \[/],
    ] as const)
      assert.throws(() => parseJsonPath(p), want, p);
  });

  test('Given globs and a regex, When names are matched, Then * and ? and /re/ behave as in a scope', () => {
    const m = nameMatcher(['User:svc-*', 'User:a?', '/^User:ops\\d+$/']);
    assert.deepEqual(['User:svc-x', 'User:svc-', 'User:ab', 'User:abc', 'User:ops12', 'User:ops'].map(m), [
      true,
      true,
      true,
      false,
      true,
      false,
    ]);
    assert.throws(() => nameMatcher(['/(/']), /pattern \/\(\//);
    assert.throws(() => nameMatcher(['']), /non-empty/);
  });
});
