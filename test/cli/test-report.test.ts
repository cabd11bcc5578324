// Reading node:test's TAP back into one result per test: suites, skips, and a failure's
// message and location moved from the scratch folder to the user's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseTap, renderReport, shown } from '../../cli/test-report.ts';

const TAP = `TAP version 13
# Subtest: top passes
ok 1 - top passes
  ---
  duration_ms: 1.0
  type: 'test'
  ...
# Subtest: group
    # Subtest: inner fails
    not ok 1 - inner fails
      ---
      duration_ms: 1.7
      type: 'test'
      location: '/tmp/sluice-policy-tests-7DBzvu/policy.test.ts:10:3'
      failureType: 'testCodeFailure'
      error: |-
        expected a refusal
        
        'accept' !== 'reject'
        
      code: 'ERR_ASSERTION'
      stack: |-
        TestContext.<anonymous> (file:///tmp/sluice-policy-tests-7DBzvu/policy.test.ts:12:12)
      ...
    # Subtest: skipped one
    ok 2 - skipped one # SKIP
      ---
      duration_ms: 0.1
      type: 'test'
      ...
    1..2
not ok 2 - group
  ---
  duration_ms: 2.6
  type: 'suite'
  location: '/tmp/sluice-policy-tests-7DBzvu/policy.test.ts:9:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: hooks
not ok 3 - hooks
  ---
  type: 'suite'
  failureType: 'hookFailed'
  error: 'before threw'
  ...
1..3
# tests 3
# suites 2
# pass 1
# fail 1
# cancelled 0
# skipped 1
# todo 0
`;

describe('TAP test report', () => {
  const relocate = (t: string) => t.replace(/\/tmp\/sluice-policy-tests-[^/]+\//g, 'mine/');

  test('Given node:test TAP with a suite, a failure and a skip, when parsed, then each test has its suites, status, message and relocated location', () => {
    const r = parseTap(TAP, false, relocate);
    assert.deepEqual(r.counts, { tests: 3, pass: 1, fail: 1, skipped: 1, todo: 0, cancelled: 0 });
    const inner = r.results.find((x) => x.name === 'inner fails');
    assert.deepEqual(inner, {
      name: 'inner fails',
      suites: ['group'],
      status: 'fail',
      kind: 'test',
      error: "expected a refusal\n\n'accept' !== 'reject'",
      location: 'mine/policy.test.ts:10:3',
    });
    assert.equal(r.results.find((x) => x.name === 'skipped one')?.status, 'skip');
    assert.deepEqual(
      shown(r).map((x) => x.name),
      ['top passes', 'inner fails', 'skipped one', 'hooks'],
      'a suite only when it failed by itself',
    );
  });

  test('Given a report, when rendered, then one line per test, the failure indented under it, and the counts', () => {
    const text = renderReport(parseTap(TAP, false, relocate));
    assert.equal(
      text,
      [
        'pass  top passes',
        'FAIL  group > inner fails',
        '        expected a refusal',
        '',
        "        'accept' !== 'reject'",
        '        at mine/policy.test.ts:10:3',
        'skip  group > skipped one',
        'FAIL  hooks',
        '        before threw',
        '',
        '3 tests: 1 passed, 1 failed, 1 skipped',
      ].join('\n'),
    );
    assert.match(renderReport(parseTap('TAP version 13\nok 1 - a\n', true)), /report was cut short/);
  });
});
