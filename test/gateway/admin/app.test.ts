// The admin API through Fastify's inject (no socket): authentication and roles, pushes that
// are compiled, loaded with their config and stored as revisions in a real local store, the
// revision routes, and what a bad request gets. The sandbox check runs in a real engine.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildAdminApp, type GatewayFacts } from '../../../gateway/admin/app.ts';
import { AdminAuth } from '../../../gateway/admin/auth.ts';
import { hashSecret } from '../../../gateway/config/secrets.ts';
import { PolicyChecker } from '../../../gateway/control/checker.ts';
import { PolicyController } from '../../../gateway/control/controller.ts';
import { LocalPolicyStore } from '../../../gateway/control/local-store.ts';
import { GatewayMetrics } from '../../../gateway/metrics.ts';
import { listenForTests, type RealHttp } from '../../kit/http.ts';
import { quietLog } from '../../kit/log.ts';

const NO_BAD = `import { accept, definePolicy, field, reject } from 'sluice/sdk';
export default definePolicy({
  name: 'no-bad',
  config: { word: field.string({ default: 'bad' }) },
  onProduce(batch, ctx) {
    return batch.records.some((r) => r.text().includes(ctx.config.word)) ? reject('no ' + ctx.config.word) : accept();
  },
});`;

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const ADMIN = basic('alice', 's3cret-alice');
const VIEWER = basic('victor', 's3cret-victor');

const facts: GatewayFacts = {
  listeners: () => [],
  brokers: () => [{ nodeId: 0, host: 'k0', port: 9092 }],
  ready: () => ({ ready: true, reasons: [] }),
  sandboxes: async () => ({ workers: [] }),
  chain: () => [],
};

describe('admin API', () => {
  let dir: string;
  let app: FastifyInstance;
  let http: RealHttp;
  let controller: PolicyController;
  let checker: PolicyChecker;
  const deployed: { id: string; revision: string; config: unknown; kmsKeys?: string[] }[] = [];
  const removed: string[] = [];
  /** Policy → the shadow revision running beside it. */
  const shadows = new Map<string, string>();
  const policies = async () => ({
    deploy: async (d: { id: string; policy: { revision: string }; config?: unknown; kmsKeys?: string[] }) => {
      deployed.push({ id: d.id, revision: d.policy.revision, config: d.config, kmsKeys: d.kmsKeys });
      return {} as never;
    },
    remove: async (id: string) => {
      removed.push(id);
    },
    deployShadow: async (d: { id: string }, run: { revision?: string } = {}) => {
      shadows.set(d.id, run.revision ?? '?');
      return {} as never;
    },
    removeShadow: async (id: string) => {
      shadows.delete(id);
    },
  });

  async function build(dirPath: string) {
    controller = new PolicyController({ store: new LocalPolicyStore(dirPath), policies, log: quietLog() });
    await controller.start();
    const auth = new AdminAuth(
      [
        { name: 'alice', role: 'admin', hash: hashSecret('s3cret-alice') },
        { name: 'victor', role: 'viewer', plain: 's3cret-victor' },
      ],
      [{ name: 'ci', role: 'admin', plain: 'a-long-random-token-for-ci-0123' }],
      { maxFailures: 3, windowMs: 60_000 },
    );
    return buildAdminApp({
      auth,
      controller,
      checker,
      facts,
      metrics: new GatewayMetrics(),
      log: quietLog(),
      bodyLimit: 64 * 1024,
    });
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-admin-'));
    checker = new PolicyChecker(quietLog());
    app = await build(dir);
    http = await listenForTests(app);
  });
  after(async () => {
    await app.close();
    await controller.close();
    await checker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const push = (name: string, body: unknown, auth = ADMIN, headers: Record<string, string> = {}) =>
    http.request({
      method: 'PUT',
      url: `/api/v1/policies/${name}`,
      headers: { authorization: auth, ...headers },
      payload: body as object,
    });

  test("Given a URL with bad percent-encoding or one beyond the header limit, when sent, then 400 and 431 in the API's error shape, never echoing the URL", async () => {
    const bad = await http.request({
      method: 'GET',
      url: `/api/v1/policies/${'%82%B4%A3%F2'.repeat(50)}`,
      headers: { authorization: ADMIN },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().code, 'SLUICE_ADMIN_INVALID_REQUEST');
    assert.doesNotMatch(bad.body, /%82/);
    const long = await http.request({
      method: 'GET',
      url: `/api/v1/policies/${'a'.repeat(20_000)}`,
      headers: { authorization: ADMIN },
    });
    assert.equal(long.statusCode, 431);
    assert.equal(long.json().code, 'SLUICE_ADMIN_TOO_LARGE');
  });

  test('Given no credentials, a wrong password or a viewer, when they write, then 401, 401 and 403 with stable codes; health needs no credentials', async () => {
    const none = await http.request({ method: 'GET', url: '/api/v1/policies' });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().code, 'SLUICE_ADMIN_UNAUTHENTICATED');
    assert.match(String(none.headers['www-authenticate']), /Basic/);
    const wrong = await http.request({
      method: 'GET',
      url: '/api/v1/policies',
      headers: { authorization: basic('alice', 'nope') },
    });
    assert.equal(wrong.statusCode, 401);
    const viewer = await push('p1', { source: NO_BAD }, VIEWER);
    assert.equal(viewer.statusCode, 403);
    assert.equal(viewer.json().code, 'SLUICE_ADMIN_FORBIDDEN');
    assert.equal(
      (await http.request({ method: 'GET', url: '/api/v1/policies', headers: { authorization: VIEWER } }))
        .statusCode,
      200,
    );
    assert.equal((await http.request({ method: 'GET', url: '/health/live' })).statusCode, 200);
    const token = await http.request({
      method: 'GET',
      url: '/api/v1/policies',
      headers: { authorization: 'Bearer a-long-random-token-for-ci-0123' },
    });
    assert.equal(token.statusCode, 200);
  });

  test('Given repeated failed logins from one address, when the limit is passed, then that address gets 429 with Retry-After even with the right password, and others are not affected', async () => {
    // Through inject: only it can send from another client address than 127.0.0.1.
    const from = (authorization: string) =>
      app.inject({
        method: 'GET',
        url: '/api/v1/policies',
        headers: { authorization },
        remoteAddress: '10.0.0.66',
      });
    for (let i = 0; i < 3; i++) assert.equal((await from(basic('alice', `guess-${i}`))).statusCode, 401);
    const limited = await from(ADMIN);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'SLUICE_ADMIN_RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal(
      (await http.request({ method: 'GET', url: '/api/v1/policies', headers: { authorization: ADMIN } }))
        .statusCode,
      200,
    );
  });

  test('Given a valid policy, when pushed, then 201 with its content-addressed revision and generation 1, it is deployed, and pushing the same content again creates nothing', async () => {
    const r = await push('no-bad', { source: NO_BAD, scope: { topics: ['orders'] } });
    assert.equal(r.statusCode, 201, r.body);
    const body = r.json();
    assert.match(body.revision, /^sha256:[0-9a-f]{64}$/);
    assert.equal(body.generation, 1);
    assert.equal(r.headers.etag, '"1"');
    assert.deepEqual(deployed.at(-1)?.id, 'no-bad');
    const again = await push('no-bad', { source: NO_BAD, scope: { topics: ['orders'] } });
    assert.equal(again.statusCode, 200);
    assert.deepEqual(
      [again.json().created, again.json().changed, again.json().revision],
      [false, false, body.revision],
    );
  });

  test('Given a push granting kmsKeys, when it is activated, then the deployment carries the grant and the revision shows it; with onError open it is refused naming body.onError', async () => {
    const ok = await push('pii-grant', { source: NO_BAD, kmsKeys: ['alias/customer-*'] });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.deepEqual(deployed.findLast((d) => d.id === 'pii-grant')?.kmsKeys, ['alias/customer-*']);
    const revs = await http.request({
      method: 'GET',
      url: '/api/v1/policies/pii-grant/revisions',
      headers: { authorization: ADMIN },
    });
    assert.match(revs.body, /"kmsKeys":\["alias\/customer-\*"\]/);
    const open = await push('pii-open', { source: NO_BAD, kmsKeys: ['alias/a'], onError: 'open' });
    assert.equal(open.statusCode, 400);
    assert.match(open.body, /body\.onError/);
    assert.match(open.json().message, /must be closed for a policy granted kmsKeys/);
    const gone = await http.request({
      method: 'DELETE',
      url: '/api/v1/policies/pii-grant',
      headers: { authorization: ADMIN },
    });
    assert.ok(gone.statusCode < 300, gone.body);
  });

  test('Given a policy that does not compile, imports what it may not, or has a config its schema refuses, when pushed, then 400 with file:line:col or the config problem, and nothing is stored', async () => {
    const syntax = await push('broken', {
      source: 'export default definePolicy({ name: "x", onProduce( => 1 });',
    });
    assert.equal(syntax.statusCode, 400);
    const d = syntax.json().diagnostics[0];
    assert.equal(d.file, 'policy.ts');
    assert.equal(d.line, 1);
    assert.ok(d.column > 0);
    const forbidden = await push('sneaky', { source: "import { readFileSync } from 'node:fs';\n" + NO_BAD });
    assert.equal(forbidden.statusCode, 400);
    assert.equal(forbidden.json().diagnostics[0].code, 'SLUICE_COMPILE_FORBIDDEN_IMPORT');
    const config = await push('configured', { source: NO_BAD, config: { word: 42 } });
    assert.equal(config.statusCode, 400);
    assert.match(config.json().message, /word/);
    const list = (
      await http.request({ method: 'GET', url: '/api/v1/policies', headers: { authorization: ADMIN } })
    ).json();
    assert.deepEqual(
      list.map((p: { name: string }) => p.name).filter((n: string) => n !== 'no-bad'),
      [],
    );
  });

  test('Given malformed JSON, an unknown field, an oversize body or a bad name, when pushed, then 400/400/413/400 with a code and the field', async () => {
    const malformed = await http.request({
      method: 'PUT',
      url: '/api/v1/policies/x',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      payload: '{"source": ',
    });
    assert.equal(malformed.statusCode, 400);
    assert.equal(malformed.json().code, 'SLUICE_ADMIN_INVALID_REQUEST');
    const unknown = await push('x', { source: NO_BAD, sauce: 1 });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().field, 'body');
    const big = await push('x', { source: `// ${'x'.repeat(70 * 1024)}\n${NO_BAD}` });
    assert.equal(big.statusCode, 413);
    assert.equal(big.json().code, 'SLUICE_ADMIN_TOO_LARGE');
    const name = await push('bad%20name', { source: NO_BAD });
    assert.equal(name.statusCode, 400);
  });

  test('Given two revisions, when rolled back and forward by id, then the active one follows, If-Match guards the generation, and the active revision cannot be deleted', async () => {
    const first = (await push('rules', { source: NO_BAD })).json();
    const second = (
      await push('rules', { source: NO_BAD, config: { word: 'worse' } }, ADMIN, {
        'if-match': `"${first.generation}"`,
      })
    ).json();
    assert.equal(second.generation, first.generation + 1);
    const stale = await push('rules', { source: NO_BAD, config: { word: 'worst' } }, ADMIN, {
      'if-match': `"${first.generation}"`,
    });
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().code, 'SLUICE_CONTROL_PRECONDITION');
    const back = await http.request({
      method: 'POST',
      url: '/api/v1/policies/rules/rollback',
      headers: { authorization: ADMIN },
      payload: {},
    });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal(back.json().revision, first.revision);
    assert.equal(deployed.at(-1)?.revision !== undefined, true);
    const revisions = (
      await http.request({
        method: 'GET',
        url: '/api/v1/policies/rules/revisions',
        headers: { authorization: VIEWER },
      })
    ).json();
    assert.equal(revisions.length, 3, 'the refused push was stored as a revision but never activated');
    const one = (
      await http.request({
        method: 'GET',
        url: `/api/v1/policies/rules/revisions/${second.revision}`,
        headers: { authorization: VIEWER },
      })
    ).json();
    assert.deepEqual(one.config, { word: 'worse' });
    assert.equal(one.sources['policy.ts'], NO_BAD);
    assert.equal(one.pushedBy, 'alice');
    const active = await http.request({
      method: 'DELETE',
      url: `/api/v1/policies/rules/revisions/${first.revision}`,
      headers: { authorization: ADMIN },
    });
    assert.equal(active.statusCode, 409);
    const fwd = await http.request({
      method: 'POST',
      url: '/api/v1/policies/rules/activate',
      headers: { authorization: ADMIN },
      payload: { revision: second.revision },
    });
    assert.equal(fwd.json().revision, second.revision);
  });

  test('Given a pushed policy, when the controller restarts over the same directory, then the same revisions are active again and deployed', async () => {
    const before = controller.state.active('no-bad')?.revision;
    await controller.close();
    deployed.length = 0;
    const restarted = new PolicyController({ store: new LocalPolicyStore(dir), policies, log: quietLog() });
    await restarted.start();
    assert.equal(restarted.state.active('no-bad')?.revision, before);
    assert.ok(deployed.some((d) => d.id === 'no-bad'));
    await restarted.close();
    controller = new PolicyController({ store: new LocalPolicyStore(dir), policies, log: quietLog() });
    await controller.start();
  });

  test('Given sample records, when a pushed policy is dry-run, then each verdict comes back and nothing is deployed', async () => {
    const n = deployed.length;
    const r = await http.request({
      method: 'POST',
      url: '/api/v1/dry-run',
      headers: { authorization: VIEWER },
      payload: { policy: 'no-bad', topic: 'orders', records: [{ value: 'fine' }, { value: 'bad one' }] },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().action, 'reject');
    assert.match(r.json().errorMessage, /^no-bad: no bad/, "in the policy's own name");
    assert.equal(r.json().trace[0].policy, 'no-bad');
    assert.equal(r.json().trace[0].revision, controller.state.active('no-bad')?.revision);
    const ok = await http.request({
      method: 'POST',
      url: '/api/v1/dry-run',
      headers: { authorization: VIEWER },
      payload: { inline: { source: NO_BAD }, topic: 'orders', records: [{ value: 'fine' }] },
    });
    assert.equal(ok.json().action, 'forward');
    assert.equal(deployed.length, n);
  });

  test('Given the OpenAPI document, when fetched, then it is OpenAPI 3.1 and lists the policy routes', async () => {
    const doc = (
      await http.request({ method: 'GET', url: '/api/v1/openapi.json', headers: { authorization: VIEWER } })
    ).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/v1/policies',
      '/api/v1/policies/{name}',
      '/api/v1/policies/{name}/rollback',
      '/api/v1/dry-run',
      '/health/ready',
    ]) {
      assert.ok(doc.paths[path], `${path} documented`);
    }
  });
});
