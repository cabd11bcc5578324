// The `policies:` config section: keyed validation errors, and start-up refusing a policy
// that does not compile or whose config is invalid.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pino } from 'pino';
import { validateConfig } from '../../../gateway/config/validate.ts';
import { ConfigError } from '../../../gateway/errors.ts';
import { PolicyGatewayError } from '../../../gateway/policy/errors.ts';
import { startPolicies } from '../../../gateway/policy/startup.ts';

const dir = mkdtempSync(join(tmpdir(), 'sluice-policies-'));
writeFileSync(
  join(dir, 'ok.ts'),
  `import { definePolicy, accept, field } from 'sluice/sdk';
export default definePolicy({ name: 'ok', config: { limit: field.integer({ default: 1, min: 0 }) }, onProduce() { return accept(); } });`,
);
writeFileSync(
  join(dir, 'broken.ts'),
  `import { definePolicy } from 'sluice/sdk';\nimport { readFileSync } from 'node:fs';\nexport default definePolicy({ name: 'b' });`,
);

const base = {
  upstream: { bootstrapServers: ['127.0.0.1:9092'] },
  listeners: [{ name: 'plain', routing: 'port', port: 19092 }],
};

function issues(raw: unknown): string[] {
  try {
    validateConfig(raw, { baseDir: dir, source: 'test' });
  } catch (e) {
    assert.ok(e instanceof ConfigError);
    return e.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('policies config section', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('Given a valid policies section, when validated, then paths are resolved against the config directory and defaults filled', () => {
    const c = validateConfig(
      {
        ...base,
        policies: {
          dir: '.',
          deployments: [{ id: 'a', file: 'ok.ts', mode: 'audit', config: { limit: 3 } }],
        },
      },
      { baseDir: dir, source: 'test' },
    );
    assert.equal(c.policies?.dir, dir);
    assert.equal(c.policies?.workers, 1);
    assert.equal(c.policies?.deployments[0].file, join(dir, 'ok.ts'));
    assert.deepEqual(c.policies?.deployments[0].config, { limit: 3 });
  });

  test('Given mistakes in the policies section, when validated, then each is reported with its key', () => {
    const found = issues({
      ...base,
      policies: {
        dir: 'nowhere',
        deployments: [
          { id: 'a', file: 'ok.ts', mode: 'loud' },
          { id: 'a', file: 'missing.js', config: 'x' },
          { file: 'ok.ts' },
        ],
      },
    });
    const has = (re: RegExp) =>
      assert.ok(
        found.some((f) => re.test(f)),
        found.join('\n'),
      );
    has(/^policies\.dir: directory not found/);
    has(/^policies\.deployments\[0\]\.mode: must be one of enforce, audit/);
    has(/^policies\.deployments\[1\]\.id: duplicates policies\.deployments\[0\]\.id/);
    has(/^policies\.deployments\[1\]\.file: must be a \.ts policy file/);
    has(/^policies\.deployments\[1\]\.config: must be a mapping/);
    has(/^policies\.deployments\[2\]\.id: is required/);
  });

  test('Given a policy importing node:fs, when the gateway starts its policies, then start-up fails naming the deployment and file:line:col', async () => {
    const log = pino({ level: 'silent' });
    await assert.rejects(
      startPolicies({ dir, workers: 1, deployments: [{ id: 'bad', file: join(dir, 'broken.ts') }] }, log),
      (e: unknown) =>
        e instanceof PolicyGatewayError &&
        e.code === 'SLUICE_POLICY_LOAD_FAILED' &&
        /policies\.deployments\[0\] \(bad\): compile failed/.test(e.message) &&
        /broken\.ts:2:\d+ SLUICE_COMPILE_FORBIDDEN_IMPORT/.test(e.message),
    );
  });

  test('Given a config the policy schema refuses, when the gateway starts its policies, then start-up fails with the engine message', async () => {
    const log = pino({ level: 'silent' });
    await assert.rejects(
      startPolicies(
        { dir, workers: 1, deployments: [{ id: 'neg', file: join(dir, 'ok.ts'), config: { limit: -5 } }] },
        log,
      ),
      (e: unknown) => e instanceof PolicyGatewayError && /neg/.test(e.message),
    );
  });
});
