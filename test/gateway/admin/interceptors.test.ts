// The v2 interceptor routes through inject: what a script written for the commercial gateway
// sends and reads back, and how a narrower scope overrides a wider one.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildAdminApp } from '../../../gateway/admin/app.ts';
import { AdminAuth } from '../../../gateway/admin/auth.ts';
import { PolicyChecker } from '../../../gateway/control/checker.ts';
import { PolicyController } from '../../../gateway/control/controller.ts';
import { LocalPolicyStore } from '../../../gateway/control/local-store.ts';
import { GatewayMetrics } from '../../../gateway/metrics.ts';
import { listenForTests, type RealHttp } from '../../kit/http.ts';
import { quietLog } from '../../kit/log.ts';

const AUTH = `Basic ${Buffer.from('admin:conduktor').toString('base64')}`;
const CREATE_TOPIC = 'io.conduktor.gateway.interceptor.safeguard.CreateTopicPolicyPlugin';

const interceptor = (
  name: string,
  scope: Record<string, string | null> | undefined,
  max: number,
  priority = 100,
) => ({
  kind: 'Interceptor',
  apiVersion: 'gateway/v2',
  metadata: { name, ...(scope ? { scope } : {}) },
  spec: {
    pluginClass: CREATE_TOPIC,
    priority,
    config: { topic: '.*', numPartition: { min: 1, max, action: 'BLOCK' } },
  },
});

describe('v2 interceptor API', () => {
  let dir: string;
  let app: FastifyInstance;
  let http: RealHttp;
  let controller: PolicyController;
  let checker: PolicyChecker;
  const deployed = new Map<string, { scope?: unknown }>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-v2-'));
    checker = new PolicyChecker(quietLog());
    controller = new PolicyController({
      store: new LocalPolicyStore(dir),
      policies: async () => ({
        deploy: async (d: { id: string; scope?: unknown }) => {
          deployed.set(d.id, { scope: d.scope });
          return {} as never;
        },
        remove: async (id: string) => {
          deployed.delete(id);
        },
        deployShadow: async () => ({}) as never,
        removeShadow: async () => {},
      }),
      log: quietLog(),
    });
    await controller.start();
    const auth = new AdminAuth([{ name: 'admin', role: 'admin', plain: 'conduktor' }], [], {
      maxFailures: 10,
      windowMs: 60_000,
    });
    app = await buildAdminApp({
      auth,
      controller,
      checker,
      facts: {
        listeners: () => [],
        brokers: () => [],
        ready: () => ({ ready: true, reasons: [] }),
        sandboxes: async () => ({}),
        chain: () => [],
      },
      metrics: new GatewayMetrics(),
      log: quietLog(),
      bodyLimit: 1024 * 1024,
    });
    http = await listenForTests(app);
  });
  after(async () => {
    await app.close();
    await controller.close();
    await checker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const put = (body: unknown, dryMode = false) =>
    http.request({
      method: 'PUT',
      url: `/gateway/v2/interceptor?dryMode=${dryMode}`,
      headers: { authorization: AUTH },
      payload: body as object,
    });

  test('Given a fresh gateway, when the walkthrough lists interceptors with global=false, then it gets []', async () => {
    const r = await http.request({
      method: 'GET',
      url: '/gateway/v2/interceptor?global=false',
      headers: { authorization: AUTH },
    });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), []);
  });

  test('Given a CreateTopicPolicyPlugin, when PUT, then Created with the resource; the same again NotChanged; a change Updated; dryMode stores nothing', async () => {
    const created = await put(interceptor('less-than-6-partitions', undefined, 6));
    assert.equal(created.statusCode, 200, created.body);
    assert.equal(created.json().upsertResult, 'Created');
    assert.deepEqual(created.json().resource.metadata, {
      name: 'less-than-6-partitions',
      scope: { vCluster: null, group: null, username: null },
    });
    assert.equal(
      (await put(interceptor('less-than-6-partitions', undefined, 6))).json().upsertResult,
      'NotChanged',
    );
    assert.equal(
      (await put(interceptor('less-than-6-partitions', undefined, 5))).json().upsertResult,
      'Updated',
    );
    const dry = await put(interceptor('dry-one', undefined, 3), true);
    assert.equal(dry.json().upsertResult, 'Created');
    const list = (
      await http.request({ method: 'GET', url: '/gateway/v2/interceptor', headers: { authorization: AUTH } })
    ).json();
    assert.deepEqual(
      list.map((i: { metadata: { name: string } }) => i.metadata.name),
      ['less-than-6-partitions'],
    );
    assert.ok(deployed.has('less-than-6-partitions'));
  });

  test('Given the flat form and kind GatewayInterceptor, when PUT, then both are accepted; an unknown pluginClass gets 400 listing the known ones as {title, msg, cause}', async () => {
    const flat = await put({
      name: 'flat-one',
      pluginClass: CREATE_TOPIC,
      priority: 5,
      config: { numPartition: { max: 9 } },
    });
    assert.equal(flat.json().upsertResult, 'Created', flat.body);
    const kind = await put({ ...interceptor('kind-one', undefined, 4), kind: 'GatewayInterceptor' });
    assert.equal(kind.json().upsertResult, 'Created', kind.body);
    const unknown = await put({
      ...interceptor('x', undefined, 1),
      spec: { pluginClass: 'com.example.Nope', priority: 1, config: {} },
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(typeof unknown.json().title, 'string');
    assert.match(unknown.json().msg, /unknown pluginClass.*CreateTopicPolicyPlugin/);
    const plugins = (
      await http.request({ method: 'GET', url: '/gateway/v2/plugin', headers: { authorization: AUTH } })
    ).json();
    assert.ok(plugins.some((p: { plugin: string }) => p.plugin === CREATE_TOPIC));
  });

  test('Given the same name for everyone and for user alice, when resolved and deployed, then alice gets hers and the global one excludes her', async () => {
    await put(interceptor('limit', undefined, 10, 50));
    await put(interceptor('limit', { username: 'alice' }, 2, 50));
    const resolve = (username: string) =>
      http.request({
        method: 'POST',
        url: '/gateway/v2/interceptor/resolve',
        headers: { authorization: AUTH },
        payload: { username },
      });
    const forAlice = (await resolve('alice'))
      .json()
      .filter((i: { metadata: { name: string } }) => i.metadata.name === 'limit');
    assert.deepEqual(
      forAlice.map((i: { metadata: { scope: { username: string | null } } }) => i.metadata.scope.username),
      ['alice'],
    );
    const forBob = (await resolve('bob'))
      .json()
      .filter((i: { metadata: { name: string } }) => i.metadata.name === 'limit');
    assert.deepEqual(
      forBob.map((i: { metadata: { scope: { username: string | null } } }) => i.metadata.scope.username),
      [null],
    );
    assert.deepEqual(deployed.get('limit')?.scope, { exclude: { principals: ['User:alice'] } });
    const byUser = await http.request({
      method: 'GET',
      url: '/gateway/v2/interceptor?username=alice',
      headers: { authorization: AUTH },
    });
    assert.deepEqual(
      byUser.json().map((i: { metadata: { name: string } }) => i.metadata.name),
      ['limit'],
    );
  });

  test('Given an interceptor, when DELETE names it with its scope, then 204 and the wider one no longer excludes anyone; a second DELETE is 404', async () => {
    const del = () =>
      http.request({
        method: 'DELETE',
        url: '/gateway/v2/interceptor/limit',
        headers: { authorization: AUTH },
        payload: { vCluster: null, group: null, username: 'alice' },
      });
    assert.equal((await del()).statusCode, 204);
    assert.equal(deployed.get('limit')?.scope, undefined);
    assert.equal((await del()).statusCode, 404);
  });

  test('Given a group scope, when PUT, then 400 says groups are not supported', async () => {
    const r = await put(interceptor('g', { group: 'ops' }, 1));
    assert.equal(r.statusCode, 400);
    assert.match(r.json().msg, /group scopes are not supported/);
  });
});
