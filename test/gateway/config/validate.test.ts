import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { applyEnvOverrides } from '../../../gateway/config/env.ts';
import { loadConfig } from '../../../gateway/config/load.ts';
import { validateConfig } from '../../../gateway/config/validate.ts';
import { ConfigError, type GatewayError } from '../../../gateway/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'sluice-config-'));
writeFileSync(join(dir, 'tls.crt'), 'x');
writeFileSync(join(dir, 'tls.key'), 'x');

function valid(): Record<string, unknown> {
  return {
    upstream: { bootstrapServers: ['127.0.0.1:9092'] },
    listeners: [
      { name: 'internal', routing: 'port', port: 19092 },
      {
        name: 'external',
        routing: 'sni',
        port: 9443,
        advertisedPort: 443,
        bootstrapHost: 'gateway.example.com',
        brokerHostPattern: 'brokermain{nodeId}-gateway.example.com',
        tls: { certFile: 'tls.crt', keyFile: 'tls.key' },
      },
    ],
  };
}

function issuesOf(raw: unknown): string[] {
  try {
    validateConfig(raw, { baseDir: dir, source: 'test' });
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    assert.equal(err.code, 'SLUICE_CONFIG_INVALID');
    return err.issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('config validation', () => {
  test('Given a complete config, when validated, then defaults are filled and paths resolved', () => {
    const cfg = validateConfig(valid(), { baseDir: dir, source: 'test' });
    assert.equal(cfg.logging.level, 'info');
    assert.equal(cfg.upstream.security, 'plaintext');
    const [port, sni] = cfg.listeners;
    assert.equal(port.routing, 'port');
    assert.equal(port.routing === 'port' && port.brokerPortBase, 19093);
    assert.equal(port.routing === 'port' && port.advertisedHost, '127.0.0.1');
    assert.equal(sni.tls?.certFile, join(dir, 'tls.crt'));
    assert.equal(sni.tls?.minVersion, 'TLSv1.2');
    assert.equal(sni.routing === 'sni' && sni.advertisedPort, 443);
  });

  test('Given a missing certificate file, when validated, then the error names listeners[1].tls.certFile', () => {
    const raw = valid();
    (raw.listeners as Record<string, Record<string, unknown>>[])[1].tls.certFile = 'missing.crt';
    const issues = issuesOf(raw);
    assert.equal(issues.length, 1);
    assert.match(issues[0], /^listeners\[1\]\.tls\.certFile: file not found: .*missing\.crt$/);
  });

  test('Given no upstream and a typo, when validated, then every problem is named at once', () => {
    const raw = valid();
    delete raw.upstream;
    (raw.listeners as Record<string, unknown>[])[0].prot = 1;
    const issues = issuesOf(raw);
    assert.ok(issues.includes('upstream: is required'), issues.join('\n'));
    assert.ok(issues.some((i) => i.startsWith('listeners[0].prot: unknown key')));
  });

  test('Given an sni listener without TLS or placeholder, when validated, then the keys are named', () => {
    const raw = valid();
    const sni = (raw.listeners as Record<string, unknown>[])[1];
    delete sni.tls;
    sni.brokerHostPattern = 'broker-gateway.example.com';
    const issues = issuesOf(raw);
    assert.ok(issues.some((i) => i.startsWith('listeners[1].tls: is required')));
    assert.ok(issues.some((i) => i.startsWith('listeners[1].brokerHostPattern: must contain {nodeId}')));
  });

  test('Given wrong types and enum values, when validated, then the message says what was expected', () => {
    const raw = valid();
    raw.logging = { level: 'loud' };
    (raw.listeners as Record<string, unknown>[])[0].port = 'abc';
    (raw.upstream as Record<string, unknown>).bootstrapServers = ['nohostport'];
    const issues = issuesOf(raw);
    assert.ok(issues.some((i) => i.startsWith('logging.level: must be one of fatal, error')));
    assert.ok(issues.includes('listeners[0].port: must be an integer, got "abc"'));
    assert.ok(issues.includes('upstream.bootstrapServers[0]: must be host:port, got "nohostport"'));
  });

  test('Given duplicate listener names, when validated, then the duplicate is named', () => {
    const raw = valid();
    (raw.listeners as Record<string, unknown>[])[1].name = 'internal';
    assert.deepEqual(issuesOf(raw), ['listeners[1].name: duplicates listeners[0].name']);
  });
});

describe('environment overrides', () => {
  test('Given SLUICE_* variables, when applied, then they replace keys by upper-snake path', () => {
    const tree = valid();
    const result = applyEnvOverrides(tree, {
      SLUICE_UPSTREAM_BOOTSTRAP_SERVERS: 'a:1,b:2',
      SLUICE_LISTENERS_1_TLS_CERT_FILE: 'other.crt',
      SLUICE_LISTENERS_0_PORT: '29092',
      SLUICE_LOGGING_LEVEL: 'debug',
      SLUICE_NOT_A_KEY: 'x',
      // The CLI's, the tests' and the benchmarks' own variables are not configuration.
      SLUICE_ADMIN_URL: 'https://x:8888',
      SLUICE_TEST_SCHEMATHESIS: '/bin/schemathesis',
      SLUICE_BENCH_ROUNDS: '3',
      PATH: '/bin',
    });
    assert.deepEqual(result.unmatched, ['SLUICE_NOT_A_KEY']);
    assert.ok(result.applied.some((a) => a.path === 'listeners[1].tls.certFile'));
    const issues = issuesOf(tree);
    assert.equal(issues.length, 1);
    assert.match(issues[0], /^listeners\[1\]\.tls\.certFile: file not found: .*other\.crt$/);
    (tree.listeners as Record<string, Record<string, unknown>>[])[1].tls.certFile = 'tls.crt';
    const cfg = validateConfig(tree, { baseDir: dir, source: 'test' });
    assert.deepEqual(cfg.upstream.bootstrapServers, ['a:1', 'b:2']);
    assert.equal(cfg.listeners[0].port, 29092);
    assert.equal(cfg.logging.level, 'debug');
  });

  test('Given an env value of the wrong type, when loaded, then the key path is named', () => {
    const file = join(dir, 'sluice.yaml');
    writeFileSync(
      file,
      'upstream:\n  bootstrapServers: [127.0.0.1:9092]\nlisteners:\n  - {name: a, routing: port, port: 19092}\n',
    );
    assert.throws(
      () => loadConfig(file, { SLUICE_UPSTREAM_CONNECT_TIMEOUT_MS: 'soon' }),
      (err: ConfigError) => err.issues[0].path === 'upstream.connectTimeoutMs',
    );
    assert.equal(loadConfig(file, {}).config.listeners[0].name, 'a');
  });

  test('Given a file that is not YAML or missing, when loaded, then a typed error says so', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'listeners: [\n');
    assert.throws(
      () => loadConfig(bad, {}),
      (err: GatewayError) => err.code === 'SLUICE_CONFIG_PARSE',
    );
    assert.throws(
      () => loadConfig(join(dir, 'nope.yaml'), {}),
      (err: GatewayError) => err.code === 'SLUICE_CONFIG_NOT_FOUND',
    );
  });
});
