// The allocation profile's summary: bytes by function, and with their callees counted once per
// stack however deep a function recurses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarise } from '../../bench/allocation-profile.ts';

const node = (functionName: string, file: string, selfSize: number, children: unknown[] = []) => ({
  callFrame: { functionName, url: `file:///work/main/${file}`, lineNumber: 9 },
  selfSize,
  children,
});

test('Given a sampled tree with a recursive function, when summarised, then self bytes rank first and inclusive bytes count each stack once', () => {
  const decode = node('decode', 'kafka/x.ts', 300, [node('decode', 'kafka/x.ts', 200)]);
  const head = node('(root)', '', 0, [
    node('run', 'gateway/y.ts', 100, [decode]),
    node('other', 'lib.js', 400),
  ]);
  const out = summarise(head as never, 10);
  assert.match(out, /allocated \(sampled\): 0 MB/);
  const self = out.split('by the function itself:')[1].split('with what it calls')[0];
  assert.ok(self.indexOf('decode kafka/x.ts:10') < self.indexOf('other lib.js:10'), self);
  assert.match(self, /0\.0 MB +50\.0 % {2}decode kafka\/x\.ts:10/);
  const inclusive = out.split('with what it calls, Sluice code:')[1];
  assert.match(inclusive, /0\.0 MB +60\.0 % {2}run gateway\/y\.ts:10/);
  assert.match(inclusive, /0\.0 MB +50\.0 % {2}decode kafka\/x\.ts:10/, 'the recursion is not counted twice');
  assert.doesNotMatch(inclusive, /other/);
});
