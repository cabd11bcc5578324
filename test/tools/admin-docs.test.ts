// docs/admin-api.md's route table is written from the admin app's routes: this fails when a
// route was added, removed or re-described without running tools/admin-docs.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DOC, renderedDoc } from '../../tools/admin-docs.ts';

test('Given the admin app, when its route table is rendered, then docs/admin-api.md already holds it, every route listed once', async () => {
  const next = await renderedDoc();
  assert.ok(
    readFileSync(DOC, 'utf8') === next,
    'docs/admin-api.md is stale: run ./node_modules/.bin/node --no-node-snapshot tools/admin-docs.ts',
  );
  const rows = next.split('\n').filter((l) => /^\| `(GET|PUT|POST|DELETE)` \|/.test(l));
  assert.ok(rows.some((r) => r.includes('`/api/v1/policies/{name}/shadow/promote`')));
  assert.equal(new Set(rows).size, rows.length);
});
