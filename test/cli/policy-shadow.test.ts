// `sluice policy shadow …` and `sluice policy push --shadow` as a user runs them: a child process
// against the real admin API on a loopback port. Its data plane is a stand-in that runs no shadow,
// so the report is null there; what a report looks like in text is pinned on statusText itself.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { statusText } from '../../cli/commands/policy-shadow.ts';
import type { ShadowView } from '../../cli/policy-api.ts';
import { ADMIN, NO_BAD, type RunningAdmin, type Sluice, sluiceCli, startAdmin, VIEWER } from './support.ts';

describe('sluice policy shadow against the admin API', () => {
  let admin: RunningAdmin;
  let sluice: Sluice;
  let dir: string;
  let as: (who: { user: string; password: string }) => string[];
  /** The policy's shadow as GET shows it, or its status when there is none. */
  let shadowOf: (name: string) => Promise<{ status: number; json?: ShadowView }>;
  let activeOf: (name: string) => Promise<string>;
  let v1: string;
  let v2: string;

  const push = async (name: string, file: string, ...extra: string[]) => {
    const r = await sluice(['policy', 'push', name, file, '-o', 'json', ...extra, ...as(ADMIN)]);
    assert.equal(r.exitCode, 0, r.stderr);
    return JSON.parse(r.stdout) as { revision: string; generation: number };
  };

  before(async () => {
    admin = await startAdmin();
    sluice = sluiceCli();
    dir = mkdtempSync(join(tmpdir(), 'sluice-cli-shadow-'));
    as = (who) => ['--url', admin.url, '--user', who.user, '--password', who.password];
    const auth = `Basic ${Buffer.from(`${VIEWER.user}:${VIEWER.password}`).toString('base64')}`;
    shadowOf = async (name) => {
      const r = await fetch(`${admin.url}/api/v1/policies/${name}/shadow`, {
        headers: { authorization: auth },
      });
      return r.status === 200 ? { status: 200, json: (await r.json()) as ShadowView } : { status: r.status };
    };
    activeOf = async (name) => {
      const r = await fetch(`${admin.url}/api/v1/policies/${name}`, { headers: { authorization: auth } });
      return ((await r.json()) as { active: { revision: string } }).active.revision;
    };
    for (const word of ['bad', 'worse', 'worst']) {
      mkdirSync(join(dir, word));
      writeFileSync(join(dir, word, 'policy.ts'), NO_BAD.replace("default: 'bad'", `default: '${word}'`));
    }
    v1 = (await push('screen', join(dir, 'bad'))).revision;
    // v2 stored beside v1, not active.
    await push('screen', join(dir, 'worse'), '--no-activate');
    const view = JSON.parse(
      (await sluice(['policy', 'get', 'screen', '-o', 'json', ...as(VIEWER)])).stdout,
    ) as { revisions: { id: string }[] };
    v2 = view.revisions.map((r) => r.id).find((id) => id !== v1) as string;
    assert.ok(v2);
  });
  after(async () => {
    await admin?.close();
  });

  test('Given no shadow, when status, stop or promote run, then exit 5 with NOT_FOUND', async () => {
    const [status, stop, promote, json] = await Promise.all([
      sluice(['policy', 'shadow', 'status', 'screen', ...as(VIEWER)]),
      sluice(['policy', 'shadow', 'stop', 'screen', ...as(ADMIN)]),
      sluice(['policy', 'shadow', 'promote', 'screen', ...as(ADMIN)]),
      sluice(['policy', 'shadow', 'status', 'screen', '-o', 'json', ...as(VIEWER)]),
    ]);
    for (const r of [status, stop, promote, json]) {
      assert.equal(r.exitCode, 5, r.stderr);
      assert.match(r.stderr, /^sluice: SLUICE_CONTROL_NOT_FOUND: policy screen has no shadow running$/m);
      assert.equal(r.stdout, '');
    }
  });

  test('Given a short revision id, when the shadow is started, then GET shows it beside the active one, and status prints it with no report yet', async () => {
    const started = await sluice([
      'policy',
      'shadow',
      'start',
      'screen',
      v2.slice(7, 17),
      '--sample',
      '5',
      ...as(ADMIN),
    ]);
    assert.equal(started.exitCode, 0, started.stderr);
    assert.equal(
      started.stdout,
      `screen: shadow ${v2.slice(0, 19)} started beside active ${v1.slice(0, 19)} (details of the first 5 differing records)\n` +
        'see it with: sluice policy shadow status screen\n',
    );
    const got = await shadowOf('screen');
    assert.equal(got.status, 200);
    assert.deepEqual(
      [got.json?.revision, got.json?.active, got.json?.sample, got.json?.by],
      [v2, v1, 5, 'alice'],
    );

    const [text, json] = await Promise.all([
      sluice(['policy', 'shadow', 'status', 'screen', ...as(VIEWER)]),
      sluice(['policy', 'shadow', 'status', 'screen', '-o', 'json', ...as(VIEWER)]),
    ]);
    assert.equal(text.exitCode, 0, text.stderr);
    assert.match(
      text.stdout,
      new RegExp(
        `^screen: shadow ${v2.slice(0, 19)} beside active ${v1.slice(0, 19)}, started by alice at \\S+Z\n`,
      ),
    );
    assert.match(
      text.stdout,
      /^no comparisons yet: the replica that answered does not run the shadow \(yet\)$/m,
    );
    assert.equal(json.exitCode, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), got.json, 'the API answer as it came');
  });

  test('Given a shadow, when started with the active revision, by a viewer, with an unknown revision or on an unknown policy, then exit 1, 4, 5 and 5', async () => {
    const [active, viewer, unknownRev, unknownPolicy] = await Promise.all([
      sluice(['policy', 'shadow', 'start', 'screen', v1, ...as(ADMIN)]),
      sluice(['policy', 'shadow', 'start', 'screen', v2, ...as(VIEWER)]),
      sluice(['policy', 'shadow', 'start', 'screen', 'ffffffffff', ...as(ADMIN)]),
      sluice(['policy', 'shadow', 'start', 'nothing-here', v2, ...as(ADMIN)]),
    ]);
    assert.equal(active.exitCode, 1, active.stderr);
    assert.match(active.stderr, /SLUICE_CONTROL_CONFLICT: revision sha256:[0-9a-f]{64} is the active one/);
    assert.equal(viewer.exitCode, 4, viewer.stderr);
    assert.match(viewer.stderr, /SLUICE_ADMIN_FORBIDDEN/);
    assert.equal(unknownRev.exitCode, 5, unknownRev.stderr);
    assert.match(unknownRev.stderr, /policy screen has no revision ffffffffff/);
    assert.equal(unknownPolicy.exitCode, 5, unknownPolicy.stderr);
    assert.equal((await shadowOf('screen')).json?.revision, v2, 'the refused starts changed nothing');
  });

  test('Given a shadow, when promoted with a stale --if-match, then exit 1 and nothing changes; with the current one, then it is active and the shadow is gone', async () => {
    const stale = await sluice(['policy', 'shadow', 'promote', 'screen', '--if-match', '7', ...as(ADMIN)]);
    assert.equal(stale.exitCode, 1, stale.stderr);
    assert.match(stale.stderr, /SLUICE_CONTROL_PRECONDITION/);
    assert.equal((await shadowOf('screen')).status, 200);
    assert.equal(await activeOf('screen'), v1);

    const viewer = await sluice(['policy', 'shadow', 'promote', 'screen', ...as(VIEWER)]);
    assert.equal(viewer.exitCode, 4, viewer.stderr);

    const promoted = await sluice(['policy', 'shadow', 'promote', 'screen', '--if-match', '1', ...as(ADMIN)]);
    assert.equal(promoted.exitCode, 0, promoted.stderr);
    assert.equal(
      promoted.stdout,
      `screen: shadow promoted, active revision ${v2.slice(0, 19)} (generation 2)\n`,
    );
    assert.equal(await activeOf('screen'), v2);
    assert.equal((await shadowOf('screen')).status, 404);
  });

  test('Given a shadow, when stopped, then it is gone and the active revision stays; with -o json nothing is printed', async () => {
    const started = await sluice(['policy', 'shadow', 'start', 'screen', v1, '-o', 'json', ...as(ADMIN)]);
    assert.equal(started.exitCode, 0, started.stderr);
    const view = JSON.parse(started.stdout) as ShadowView;
    assert.deepEqual([view.policy, view.revision, view.active, view.report], ['screen', v1, v2, null]);

    const viewer = await sluice(['policy', 'shadow', 'stop', 'screen', ...as(VIEWER)]);
    assert.equal(viewer.exitCode, 4, viewer.stderr);
    const stopped = await sluice(['policy', 'shadow', 'stop', 'screen', ...as(ADMIN)]);
    assert.equal(stopped.exitCode, 0, stopped.stderr);
    assert.equal(stopped.stdout, 'screen: shadow stopped\n');
    assert.equal((await shadowOf('screen')).status, 404);
    assert.equal(await activeOf('screen'), v2);

    await sluice(['policy', 'shadow', 'start', 'screen', v1, ...as(ADMIN)]);
    const quiet = await sluice(['policy', 'shadow', 'stop', 'screen', '-o', 'json', ...as(ADMIN)]);
    assert.equal(quiet.exitCode, 0, quiet.stderr);
    assert.equal(quiet.stdout, '');
    assert.equal((await shadowOf('screen')).status, 404);
  });

  test('Given an active revision, when a new one is pushed with --shadow, then it is stored, not activated, and runs as the shadow of the active one', async () => {
    const before = await activeOf('screen');
    const r = await sluice(['policy', 'push', 'screen', join(dir, 'worst'), '--shadow', ...as(ADMIN)]);
    assert.equal(r.exitCode, 0, r.stderr);
    const stored = /^screen: revision stored (sha256:[0-9a-f]{12}), not activated$/m.exec(r.stdout)?.[1];
    assert.ok(stored, r.stdout);
    assert.match(
      r.stdout,
      new RegExp(`^screen: shadow ${stored} started beside active ${before.slice(0, 19)}$`, 'm'),
    );
    assert.equal(await activeOf('screen'), before);
    const got = await shadowOf('screen');
    assert.ok(got.json?.revision.startsWith(stored), JSON.stringify(got));
    assert.equal(got.json?.active, before);

    // The same content again, as JSON: already stored; the shadow restarts; stdout is the shadow view.
    const again = await sluice([
      'policy',
      'push',
      'screen',
      join(dir, 'worst'),
      '--shadow',
      '-o',
      'json',
      ...as(ADMIN),
    ]);
    assert.equal(again.exitCode, 0, again.stderr);
    const view = JSON.parse(again.stdout) as ShadowView;
    assert.deepEqual([view.revision, view.active], [got.json?.revision, before]);
  });

  test('Given --shadow with content that is the active revision, or a policy with no active revision, then exit 1 and the server says why; nothing is activated', async () => {
    const same = await sluice(['policy', 'push', 'screen', join(dir, 'worse'), '--shadow', ...as(ADMIN)]);
    assert.equal(same.exitCode, 1, same.stderr);
    assert.match(
      same.stderr,
      /^screen: revision sha256:[0-9a-f]{12} stored, not activated; its shadow run did not start$/m,
    );
    assert.match(same.stderr, /SLUICE_CONTROL_CONFLICT: revision sha256:[0-9a-f]{64} is the active one/);

    const fresh = await sluice(['policy', 'push', 'fresh', join(dir, 'bad'), '--shadow', ...as(ADMIN)]);
    assert.equal(fresh.exitCode, 1, fresh.stderr);
    assert.match(
      fresh.stderr,
      /SLUICE_CONTROL_CONFLICT: policy fresh has no active revision to compare a shadow with/,
    );
    assert.equal(fresh.stdout, '');
    const viewer = await sluice(['policy', 'push', 'screen', join(dir, 'bad'), '--shadow', ...as(VIEWER)]);
    assert.equal(viewer.exitCode, 4, viewer.stderr);
  });
});

describe('sluice policy shadow status, as text', () => {
  const view: ShadowView = {
    policy: 'screen',
    revision: `sha256:${'b'.repeat(64)}`,
    active: `sha256:${'a'.repeat(64)}`,
    by: 'alice',
    at: '2026-12-02T00:00:00.000Z',
    sample: 10,
    replica: 'gw-1',
    report: {
      since: '2026-12-02T00:00:01.000Z',
      compared: 7,
      differing: 3,
      differingRecords: 4,
      byVerdict: { 'accept→reject': 1, 'accept→modify': 2 },
      first: [
        {
          hook: 'onProduce',
          topic: 'orders',
          partition: 0,
          offset: null,
          batchIndex: 1,
          active: 'accept',
          shadow: 'reject',
          reason: 'no worse',
          at: '2026-12-02T00:00:02.000Z',
        },
        {
          hook: 'onFetch',
          topic: 'orders',
          partition: 3,
          offset: 1204,
          batchIndex: 0,
          active: 'accept',
          shadow: 'modify',
          at: '2026-12-02T00:00:03.000Z',
        },
      ],
    },
  };

  test('Given a report, then one summary line with the verdict pairs (most first), then a table of the first differing records with "pending" for an offset not known yet', () => {
    assert.equal(
      statusText(view),
      [
        `screen: shadow sha256:bbbbbbbbbbbb beside active sha256:aaaaaaaaaaaa, started by alice at 2026-12-02T00:00:00.000Z, replica gw-1`,
        'compared 7 payload(s) since 2026-12-02T00:00:01.000Z: 3 differing, 4 differing record(s); accept→modify 2, accept→reject 1',
        '',
        'HOOK       TOPIC   PARTITION  OFFSET   ACTIVE → SHADOW  REASON',
        'onProduce  orders  0          pending  accept → reject  no worse',
        'onFetch    orders  3          1204     accept → modify',
      ].join('\n'),
    );
  });

  test('Given a report with nothing differing, then the summary line and no table', () => {
    const quiet = {
      ...view,
      report: { ...view.report!, differing: 0, differingRecords: 0, byVerdict: {}, first: [] },
    };
    assert.equal(
      statusText(quiet).split('\n')[1],
      'compared 7 payload(s) since 2026-12-02T00:00:01.000Z: 0 differing, 0 differing record(s)',
    );
    assert.equal(statusText(quiet).split('\n').length, 2);
  });
});
