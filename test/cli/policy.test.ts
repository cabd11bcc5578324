// `sluice policy …` as a user runs it: a child process against the real admin API on a loopback
// port (compiles, sandbox loads and the policy's own tests happen for real), reading what it
// prints and the exit code that tells a script what happened.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ADMIN,
  NO_BAD,
  noBadTests,
  type RunningAdmin,
  type Sluice,
  sluiceCli,
  startAdmin,
  TOKEN,
  VIEWER,
} from './support.ts';

describe('sluice policy against the admin API', () => {
  let admin: RunningAdmin;
  let sluice: Sluice;
  let dir: string;
  let as: (who: { user: string; password: string }) => string[];

  before(async () => {
    admin = await startAdmin();
    sluice = sluiceCli();
    dir = mkdtempSync(join(tmpdir(), 'sluice-cli-policies-'));
    as = (who) => ['--url', admin.url, '--user', who.user, '--password', who.password];
    mkdirSync(join(dir, 'no-bad'));
    writeFileSync(join(dir, 'no-bad', 'policy.ts'), NO_BAD);
    writeFileSync(join(dir, 'no-bad', 'policy.test.ts'), noBadTests());
    mkdirSync(join(dir, 'broken'));
    writeFileSync(
      join(dir, 'broken', 'policy.ts'),
      'export default definePolicy({ name: "x", onProduce( => 1 });\n',
    );
    mkdirSync(join(dir, 'failing'));
    writeFileSync(join(dir, 'failing', 'policy.ts'), NO_BAD);
    writeFileSync(join(dir, 'failing', 'policy.test.ts'), noBadTests(true));
    writeFileSync(join(dir, 'single.ts'), NO_BAD);
    writeFileSync(
      join(dir, 'records.json'),
      JSON.stringify([{ value: 'fine' }, { key: 'k', value: { text: 'bad and worse' } }]),
    );
  });
  after(async () => {
    await admin?.close();
  });

  test('Given a good policy directory, when pushed, then exit 0 with a progress line on stderr, and list shows it active (as a table and as JSON)', async () => {
    const push = await sluice([
      'policy',
      'push',
      'no-bad',
      join(dir, 'no-bad'),
      '--topics',
      'orders,payments',
      ...as(ADMIN),
    ]);
    assert.equal(push.exitCode, 0, push.stderr);
    assert.match(push.stderr, new RegExp(`pushing no-bad \\(2 files\\) to ${admin.url} …`));
    assert.match(push.stdout, /^no-bad: revision sha256:[0-9a-f]{12} pushed and active \(generation 1\)$/m);
    assert.ok(admin.deployed.includes('no-bad'));

    const [table, json] = await Promise.all([
      sluice(['policy', 'list', ...as(VIEWER)]),
      sluice(['policy', 'list', '-o', 'json', ...as(VIEWER)]),
    ]);
    assert.equal(table.exitCode, 0, table.stderr);
    assert.match(table.stdout, /^NAME\s+ACTIVE\s+GENERATION/m);
    assert.match(table.stdout, /^no-bad\s+sha256:[0-9a-f]{12}\s+1\s+1\s+alice/m);
    assert.equal(json.exitCode, 0, json.stderr);
    const listed = JSON.parse(json.stdout);
    assert.equal(listed[0].name, 'no-bad');
    assert.match(listed[0].active.revision, /^sha256:[0-9a-f]{64}$/);
  });

  test('Given TypeScript that does not compile, when pushed, then exit 1 and stderr names file:line:col on disk, and nothing is stored', async () => {
    const r = await sluice(['policy', 'push', 'broken', join(dir, 'broken'), ...as(ADMIN)]);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, new RegExp(`${join(dir, 'broken', 'policy.ts')}:1:\\d+: `));
    assert.match(r.stderr, /\^$/m, 'a caret under the column');
    assert.match(r.stderr, /sluice: SLUICE_CONTROL_INVALID_POLICY: broken does not compile$/m);
    assert.equal(r.stdout, '');
    const get = await sluice(['policy', 'get', 'broken', ...as(VIEWER)]);
    assert.equal(get.exitCode, 5);
  });

  test('Given a policy whose own test fails, when pushed, then exit 1 and stderr shows the failing test with its message and where it is on disk', async () => {
    const r = await sluice(['policy', 'push', 'failing', join(dir, 'failing'), ...as(ADMIN)]);
    assert.equal(r.exitCode, 1, r.stderr);
    assert.match(r.stderr, /^pass {2}a bad record is refused$/m);
    assert.match(r.stderr, /^FAIL {2}good records > a good record is refused too$/m);
    assert.match(r.stderr, /expected a refusal/);
    assert.ok(r.stderr.includes(`at ${join(dir, 'failing', 'policy.test.ts')}:`), r.stderr);
    assert.match(r.stderr, /sluice: SLUICE_CONTROL_INVALID_POLICY: failing: its own tests fail$/m);
  });

  test('Given a wrong password, a viewer writing, or an unreachable URL, when a command runs, then exit 4, 4 and 3 with the reason on stderr', async () => {
    const [wrong, viewer, down] = await Promise.all([
      sluice(['policy', 'list', ...as({ user: ADMIN.user, password: 'nope' })]),
      sluice(['policy', 'push', 'no-bad2', join(dir, 'single.ts'), ...as(VIEWER)]),
      sluice(['policy', 'list', '--url', 'http://127.0.0.1:1', '--token', TOKEN]),
    ]);
    assert.equal(wrong.exitCode, 4);
    assert.match(wrong.stderr, /SLUICE_ADMIN_UNAUTHENTICATED/);
    assert.equal(viewer.exitCode, 4);
    assert.match(viewer.stderr, /SLUICE_ADMIN_FORBIDDEN/);
    assert.equal(down.exitCode, 3);
    assert.match(down.stderr, /ECONNREFUSED/);
    assert.equal(down.stdout, '');
  });

  test('Given a policy that does not exist, when got, activated or deleted, then exit 5', async () => {
    const [get, activate, del] = await Promise.all([
      sluice(['policy', 'get', 'nothing-here', ...as(VIEWER)]),
      sluice(['policy', 'activate', 'nothing-here', `sha256:${'0'.repeat(64)}`, ...as(ADMIN)]),
      sluice(['policy', 'delete', 'nothing-here', ...as(ADMIN)]),
    ]);
    for (const r of [get, activate, del]) {
      assert.equal(r.exitCode, 5, r.stderr);
      assert.match(r.stderr, /NOT_FOUND/);
    }
  });

  test('Given credentials only in the environment, or only in a profile file, when list runs, then it authenticates with them (flags over env over profile)', async () => {
    const profiles = join(sluice.home, 'profiles.json');
    writeFileSync(
      profiles,
      JSON.stringify({ default: { url: admin.url, token: TOKEN }, viewer: { url: admin.url, ...VIEWER } }),
      { mode: 0o600 },
    );
    const [fromEnv, fromDefault, fromNamed, flagBeatsProfile, envProfile] = await Promise.all([
      sluice(['policy', 'list'], {
        env: {
          SLUICE_ADMIN_URL: admin.url,
          SLUICE_ADMIN_USER: VIEWER.user,
          SLUICE_ADMIN_PASSWORD: VIEWER.password,
        },
      }),
      sluice(['policy', 'list'], { env: { SLUICE_PROFILES: profiles } }),
      sluice(['policy', 'list', '--profile', 'viewer'], { env: { SLUICE_PROFILES: profiles } }),
      sluice(['policy', 'list', '--password', 'wrong', '--user', ADMIN.user], {
        env: { SLUICE_PROFILES: profiles },
      }),
      sluice(['policy', 'push', 'from-profile', join(dir, 'single.ts')], {
        env: { SLUICE_PROFILES: profiles, SLUICE_PROFILE: 'viewer' },
      }),
    ]);
    assert.equal(fromEnv.exitCode, 0, fromEnv.stderr);
    assert.match(fromEnv.stdout, /no-bad/);
    assert.equal(fromDefault.exitCode, 0, fromDefault.stderr);
    assert.equal(fromNamed.exitCode, 0, fromNamed.stderr);
    assert.equal(flagBeatsProfile.exitCode, 4, 'the user on the command line, not the profile token');
    assert.equal(envProfile.exitCode, 4, 'SLUICE_PROFILE chose the viewer, who may not push');
    const missing = await sluice(['policy', 'list', '--profile', 'nope'], {
      env: { SLUICE_PROFILES: profiles },
    });
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /no profile "nope" \(profiles: default, viewer\)/);
  });

  test('Given two revisions, when got, activated by a short id, rolled back, guarded by a stale --if-match and deleted, then each does what the route does', async () => {
    const second = await sluice([
      'policy',
      'push',
      'no-bad',
      join(dir, 'no-bad'),
      '--topics',
      'orders,payments',
      '--config-json',
      '{"word":"worse"}',
      '-o',
      'json',
      ...as(ADMIN),
    ]);
    assert.equal(second.exitCode, 0, second.stderr);
    const pushed = JSON.parse(second.stdout);
    assert.equal(pushed.generation, 2);

    const [json, text] = await Promise.all([
      sluice(['policy', 'get', 'no-bad', '-o', 'json', ...as(VIEWER)]),
      sluice(['policy', 'get', 'no-bad', ...as(VIEWER)]),
    ]);
    const view = JSON.parse(json.stdout);
    assert.equal(view.revisions.length, 2);
    const first = view.revisions[0].id as string;
    assert.match(text.stdout, /^active: +sha256:[0-9a-f]{64} \(generation 2, by alice/m);
    assert.match(text.stdout, /topics=orders,payments\s+active$/m);

    // A bare hex prefix and one with sha256: both name the revision.
    const [stale, activated] = await Promise.all([
      sluice(['policy', 'activate', 'no-bad', first.slice(7, 19), '--if-match', '1', ...as(ADMIN)]),
      sluice(['policy', 'activate', 'no-bad', first.slice(0, 15), '--if-match', '2', ...as(ADMIN)]),
    ]);
    assert.equal(stale.exitCode, 1);
    assert.match(stale.stderr, /SLUICE_CONTROL_PRECONDITION/);
    assert.equal(activated.exitCode, 0, activated.stderr);
    assert.match(activated.stdout, /no-bad: activated, active revision sha256:[0-9a-f]{12} \(generation 3\)/);

    const back = await sluice(['policy', 'rollback', 'no-bad', '-o', 'json', ...as(ADMIN)]);
    assert.equal(back.exitCode, 0, back.stderr);
    assert.equal(JSON.parse(back.stdout).revision, pushed.revision);

    const [whole, activeOne, inactive] = await Promise.all([
      sluice([
        'policy',
        'get',
        'no-bad',
        '--revision',
        pushed.revision.slice(0, 20),
        '--source',
        ...as(VIEWER),
      ]),
      sluice(['policy', 'delete', 'no-bad', '--revision', pushed.revision, ...as(ADMIN)]),
      sluice(['policy', 'delete', 'no-bad', '--revision', first, ...as(ADMIN)]),
    ]);
    assert.equal(whole.exitCode, 0, whole.stderr);
    assert.match(whole.stdout, /^config: +\{"word":"worse"\}$/m);
    assert.match(whole.stdout, /^--- policy\.ts$/m);
    assert.equal(activeOne.exitCode, 1, 'the active revision cannot be deleted');
    assert.match(activeOne.stderr, /SLUICE_CONTROL_CONFLICT/);
    assert.equal(inactive.exitCode, 0, inactive.stderr);
    assert.match(inactive.stdout, /no-bad: revision sha256:[0-9a-f]{12} deleted/);
  });

  test('Given --no-activate and --kms-keys, when pushed, then the revision is stored with its KMS grant, the active one stays, and the stored id is printed to activate later', async () => {
    const before = JSON.parse(
      (await sluice(['policy', 'get', 'no-bad', '-o', 'json', ...as(VIEWER)])).stdout,
    );
    const r = await sluice([
      'policy',
      'push',
      'no-bad',
      join(dir, 'single.ts'),
      '--priority',
      '7',
      '--mode',
      'audit',
      '--kms-keys',
      'alias/orders,alias/customer-*',
      '--no-activate',
      ...as(ADMIN),
    ]);
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /no-bad: revision stored sha256:[0-9a-f]{12}, not activated/);
    const id = /activate it with: sluice policy activate no-bad (sha256:[0-9a-f]{12})/.exec(r.stdout)?.[1];
    assert.ok(id, r.stdout);
    const afterPush = JSON.parse(
      (await sluice(['policy', 'get', 'no-bad', '-o', 'json', ...as(VIEWER)])).stdout,
    );
    assert.equal(afterPush.active.revision, before.active.revision);
    const stored = afterPush.revisions.find((x: { id: string }) => x.id.startsWith(id));
    assert.deepEqual(
      [stored.priority, stored.mode, stored.entry, stored.kmsKeys],
      [7, 'audit', 'single.ts', ['alias/orders', 'alias/customer-*']],
    );
  });

  test('Given sample records, when a pushed policy and a local one are dry-run, then the verdict is printed and nothing is deployed', async () => {
    const n = admin.deployed.length;
    const records = join(dir, 'records.json');
    const [pushed, local, broken] = await Promise.all([
      sluice(['policy', 'dry-run', 'no-bad', '--topic', 'orders', '--records', records, ...as(VIEWER)]),
      sluice(
        [
          'policy',
          'dry-run',
          '--source',
          join(dir, 'single.ts'),
          '--config-json',
          '{"word":"nothing-matches"}',
          '--topic',
          'orders',
          '--records',
          '-',
          '-o',
          'json',
          ...as(VIEWER),
        ],
        { input: JSON.stringify([{ value: 'bad' }]) },
      ),
      sluice([
        'policy',
        'dry-run',
        '--source',
        join(dir, 'broken'),
        '--topic',
        't',
        '--records',
        records,
        ...as(VIEWER),
      ]),
    ]);
    assert.equal(pushed.exitCode, 0, pushed.stderr);
    assert.match(pushed.stderr, /dry-running no-bad on 2 record\(s\)/);
    assert.match(pushed.stdout, /^action: +reject$/m);
    assert.match(pushed.stdout, /^error: +87 .*no worse$/m, 'INVALID_RECORD and the message');
    assert.equal(local.exitCode, 0, local.stderr);
    assert.equal(JSON.parse(local.stdout).action, 'forward');
    const [last, both] = await Promise.all([
      sluice(['policy', 'dry-run', 'no-bad', '--topic', 'orders', '--last', '5', ...as(VIEWER)]),
      sluice([
        'policy',
        'dry-run',
        'no-bad',
        '--topic',
        'orders',
        '--last',
        '5',
        '--records',
        records,
        ...as(VIEWER),
      ]),
    ]);
    assert.match(last.stderr, /dry-running no-bad on the last 5 record\(s\) of orders-0/);
    assert.equal(last.exitCode, 1, 'this admin API has no gateway to read the topic through');
    assert.match(last.stderr, /reads no topics/);
    assert.equal(both.exitCode, 2);
    assert.equal(broken.exitCode, 1);
    assert.match(broken.stderr, new RegExp(`${join(dir, 'broken', 'policy.ts')}:1:\\d+: `));
    assert.equal(admin.deployed.length, n);
  });
});
