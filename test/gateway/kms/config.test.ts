import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import { Registry } from 'prom-client';
import { applyEnvOverrides } from '../../../gateway/config/env.ts';
import { validateConfig } from '../../../gateway/config/validate.ts';
import { ConfigError } from '../../../gateway/errors.ts';
import { createLogger } from '../../../gateway/logger.ts';
import { hostCapabilities } from '../../../gateway/policy/host-capabilities.ts';

const dir = mkdtempSync(join(tmpdir(), 'sluice-kms-config-'));
writeFileSync(join(dir, 'p.ts'), '');
const base = () => ({
  upstream: { bootstrapServers: ['127.0.0.1:9092'] },
  listeners: [{ name: 'plain', routing: 'port', port: 19092 }],
});
const validate = (raw: unknown) => validateConfig(raw, { baseDir: dir, source: 'test' });
function issuesOf(raw: unknown): string[] {
  try {
    validate(raw);
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    return err.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('kms config section', () => {
  test('Given a kms section with only a region, when validated, then the cache defaults are filled', () => {
    const cfg = validate({ ...base(), kms: { region: 'eu-west-1' } });
    assert.deepEqual(cfg.kms, {
      region: 'eu-west-1',
      keyTtlMs: 60000,
      maxKeyUses: 1000000,
      decryptCacheSize: 10000,
      requestTimeoutMs: 5000,
      maxAttempts: 3,
    });
  });

  test('Given wrong kms keys, when validated, then each issue names its key', () => {
    assert.deepEqual(
      issuesOf({
        ...base(),
        kms: { secretAccessKey: 's', endpoint: 'localhost:4566', keyTtlMs: 10 },
      }).sort(),
      [
        'kms.endpoint: must be an http:// or https:// URL, got "localhost:4566"',
        'kms.keyTtlMs: must be >= 1000',
        'kms: accessKeyId and secretAccessKey go together (or neither: the AWS chain)',
      ].sort(),
    );
  });

  test('Given a deployment granted kmsKeys with onError open, when validated, then it is refused: a KMS failure would let produce through in clear', () => {
    const raw = {
      ...base(),
      policies: { dir, deployments: [{ id: 'pii', file: 'p.ts', kmsKeys: ['alias/a'], onError: 'open' }] },
    };
    assert.deepEqual(issuesOf(raw), [
      'policies.deployments[0].onError: must be closed for a deployment granted kmsKeys',
    ]);
  });

  test('Given a deployment with sandbox limits for its KMS calls, when validated, then they are kept and bad ones are named', () => {
    const deployment = (limits: unknown) => ({
      ...base(),
      policies: { dir, deployments: [{ id: 'pii', file: 'p.ts', kmsKeys: ['alias/a'], limits }] },
    });
    assert.deepEqual(validate(deployment({ deadlineMs: 2000 })).policies?.deployments[0].limits, {
      deadlineMs: 2000,
    });
    assert.deepEqual(issuesOf(deployment({ deadlineMs: 1, memory: 3 })).sort(), [
      'policies.deployments[0].limits.deadlineMs: must be >= 10',
      'policies.deployments[0].limits.memory: unknown key (known keys: deadlineMs, cpuMs, memoryMb)',
    ]);
  });

  test('Given the secret in the environment, when the gateway builds its capabilities, then it has a KMS provider and logs no credential', () => {
    const raw = { ...base(), kms: { region: 'us-east-1', accessKeyId: 'AKIDEXAMPLE' } };
    applyEnvOverrides(raw, { SLUICE_KMS_SECRET_ACCESS_KEY: 'very-secret-value-123' });
    const cfg = validate(raw);
    assert.equal(cfg.kms?.secretAccessKey, 'very-secret-value-123');
    let out = '';
    const log = createLogger(
      'info',
      new Writable({
        write(c, _e, cb) {
          out += String(c);
          cb();
        },
      }),
    );
    const registry = new Registry();
    const caps = hostCapabilities(cfg, log, registry);
    assert.ok(caps.kms, 'a KMS provider');
    assert.match(out, /KMS provider configured/);
    assert.doesNotMatch(out, /very-secret-value-123/);
    log.info({ kms: cfg.kms }, 'a careless log line');
    assert.doesNotMatch(out, /very-secret-value-123/);
    assert.deepEqual(hostCapabilities(validate(base()), log, registry), {});
  });
});
