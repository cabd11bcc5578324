// The schemaRegistry config section: what start-up refuses (naming the key), what it fills in,
// and the host capability it becomes (secrets from files, never logged).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { pino } from 'pino';
import { validateConfig } from '../../../gateway/config/validate.ts';
import { ConfigError } from '../../../gateway/errors.ts';
import { hostCapabilities } from '../../../gateway/policy/host-capabilities.ts';
import { startRegistryStub } from '../registry/registry-stub.ts';

const dir = mkdtempSync(join(tmpdir(), 'sluice-registry-config-'));
writeFileSync(join(dir, 'ca.pem'), 'x');
writeFileSync(join(dir, 'token'), 'file-token-xyz\n');

const base = (schemaRegistry: unknown) => ({
  upstream: { bootstrapServers: ['127.0.0.1:9092'] },
  listeners: [{ name: 'plain', routing: 'port', port: 19092 }],
  schemaRegistry,
});

function issuesOf(raw: unknown): string[] {
  try {
    validateConfig(raw, { baseDir: dir, source: 'test' });
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('schemaRegistry config', () => {
  test('Given only a url, Then the defaults are filled in', () => {
    const c = validateConfig(base({ url: 'http://registry:8081' }), { baseDir: dir, source: 'test' });
    assert.deepEqual(c.schemaRegistry, {
      url: 'http://registry:8081',
      cacheTtlMs: 300000,
      maxCachedSchemas: 10000,
      timeoutMs: 5000,
    });
  });

  test('Given bad values, Then start-up is refused naming each key', () => {
    assert.deepEqual(issuesOf(base({})), ['schemaRegistry.url: is required']);
    assert.deepEqual(issuesOf(base({ url: 'https://u:p@registry' })), [
      'schemaRegistry.url: must not carry credentials (use basicAuth or bearerToken)',
    ]);
    assert.deepEqual(issuesOf(base({ url: 'http://registry', caFile: 'ca.pem' })), [
      'schemaRegistry.caFile: applies to an https:// url only',
    ]);
    assert.deepEqual(
      issuesOf(base({ url: 'https://r', bearerToken: 't', basicAuth: { username: 'a', password: 'b' } })),
      ['schemaRegistry.bearerToken: set one of basicAuth, bearerToken, bearerTokenFile (basicAuth is set)'],
    );
    assert.deepEqual(issuesOf(base({ url: 'https://r', basicAuth: { username: 'a' } })), [
      'schemaRegistry.basicAuth: needs exactly one of password, passwordFile',
    ]);
    assert.deepEqual(issuesOf(base({ url: 'https://r', bearerTokenFile: 'missing', timeoutMs: 5 })), [
      `schemaRegistry.bearerTokenFile: file not found: ${join(dir, 'missing')}`,
      'schemaRegistry.timeoutMs: must be >= 100',
    ]);
    assert.match(
      issuesOf(base({ url: 'https://r', cacheTTL: 1 }))[0],
      /^schemaRegistry.cacheTTL: unknown key/,
    );
  });

  test('Given a bearer token file, Then the capability sends that token and no log line carries it', async () => {
    const stub = await startRegistryStub();
    const lines: string[] = [];
    const log = pino(
      { level: 'debug' },
      new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }),
    );
    try {
      const config = validateConfig(base({ url: stub.url, bearerTokenFile: 'token', timeoutMs: 1000 }), {
        baseDir: dir,
        source: 'test',
      });
      const caps = hostCapabilities(config, log);
      assert.ok(caps.schemas, 'a schema source is offered');
      assert.equal(await caps.schemas.getById(77), null);
      assert.equal(stub.requests.at(-1)?.authorization, 'Bearer file-token-xyz');
      stub.failWith = 500;
      await assert.rejects(caps.schemas.getById(78));
      assert.ok(lines.some((l) => /schema registry configured/.test(l)));
      assert.ok(lines.some((l) => /schema registry lookup failed/.test(l)));
      assert.ok(!lines.some((l) => l.includes('file-token-xyz')), 'the token is never logged');
      assert.deepEqual(
        hostCapabilities(validateConfig(base(undefined), { baseDir: dir, source: 'test' }), log),
        {},
      );
    } finally {
      await stub.close();
    }
  });
});
