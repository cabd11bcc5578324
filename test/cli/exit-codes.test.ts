// The exit codes a script reads: one per kind of outcome, fixed by docs/cli.md.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXIT, exitForStatus } from '../../cli/exit-codes.ts';

test('Given each admin API status, when mapped, then 2xx 0, auth and login limits 4, not found 5, other 4xx 1, 5xx 3', () => {
  assert.deepEqual(EXIT, { OK: 0, FAILED: 1, USAGE: 2, UNAVAILABLE: 3, AUTH: 4, NOT_FOUND: 5 });
  const cases: [number, number][] = [
    [200, 0],
    [204, 0],
    [400, 1],
    [409, 1],
    [412, 1],
    [413, 1],
    [401, 4],
    [403, 4],
    [429, 4],
    [404, 5],
    [500, 3],
    [503, 3],
  ];
  for (const [status, code] of cases) assert.equal(exitForStatus(status), code, String(status));
});
