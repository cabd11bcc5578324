// For the CLI tests: the real admin API (Fastify app, controller over a local store, the policy
// checker with its sandbox engine) listening on a loopback port, and `sluice` run as a user
// runs it — a child process of bin/sluice.ts — with an environment that names no admin API,
// no profile and a home of its own, so nothing of the machine's leaks in.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecureContextOptions } from 'node:tls';
import { buildAdminApp, type GatewayFacts } from '../../gateway/admin/app.ts';
import { AdminAuth } from '../../gateway/admin/auth.ts';
import { PolicyChecker } from '../../gateway/control/checker.ts';
import { PolicyController } from '../../gateway/control/controller.ts';
import { LocalPolicyStore } from '../../gateway/control/local-store.ts';
import { GatewayMetrics } from '../../gateway/metrics.ts';
import { quietLog } from '../kit/log.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SLUICE = join(ROOT, 'bin', 'sluice.ts');

export const ADMIN = { user: 'alice', password: 's3cret-alice' };
export const VIEWER = { user: 'victor', password: 's3cret-victor' };
export const TOKEN = 'a-long-random-token-for-ci-0123';

const facts: GatewayFacts = {
  listeners: () => [],
  brokers: () => [],
  ready: () => ({ ready: true, reasons: [] }),
  sandboxes: async () => ({ workers: [] }),
  chain: () => [],
};

export interface RunningAdmin {
  url: string;
  /** Deployments the controller made into the (stand-in) data plane. */
  deployed: string[];
  close(): Promise<void>;
}

export async function startAdmin(options: { https?: SecureContextOptions } = {}): Promise<RunningAdmin> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-cli-admin-'));
  const deployed: string[] = [];
  // The data plane is not under test: the controller deploys into a list.
  const policies = async () => ({
    deploy: async (d: { id: string }) => {
      deployed.push(d.id);
      return {} as never;
    },
    remove: async () => {},
    deployShadow: async () => ({}) as never,
    removeShadow: async () => {},
  });
  const controller = new PolicyController({ store: new LocalPolicyStore(dir), policies, log: quietLog() });
  await controller.start();
  const checker = new PolicyChecker(quietLog());
  const auth = new AdminAuth(
    [
      { name: ADMIN.user, role: 'admin', plain: ADMIN.password },
      { name: VIEWER.user, role: 'viewer', plain: VIEWER.password },
    ],
    [{ name: 'ci', role: 'admin', plain: TOKEN }],
    { maxFailures: 1000, windowMs: 60_000 },
  );
  const app = await buildAdminApp({
    auth,
    controller,
    checker,
    facts,
    metrics: new GatewayMetrics(),
    log: quietLog(),
    bodyLimit: 1024 * 1024,
    ...(options.https ? { https: options.https } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    deployed,
    async close() {
      await app.close();
      await controller.close();
      await checker.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Variables of the CLI and of the profile file's location: none of the machine's may leak in. */
const CLI_VARIABLES = [
  'XDG_CONFIG_HOME',
  'SLUICE_PROFILES',
  'SLUICE_PROFILE',
  'SLUICE_ADMIN_URL',
  'SLUICE_ADMIN_USER',
  'SLUICE_ADMIN_PASSWORD',
  'SLUICE_ADMIN_TOKEN',
  'SLUICE_ADMIN_CA',
  'SLUICE_CONFIG',
];

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Added to an environment without the CLI's variables, with HOME set to the CLI's home. */
  env?: Record<string, string>;
  input?: string;
  cwd?: string;
}

export interface Sluice {
  (args: string[], options?: RunOptions): Promise<CliRun>;
  readonly home: string;
}

/** A `sluice` to run in tests as a child process, with a home directory of its own. */
export function sluiceCli(): Sluice {
  const home = mkdtempSync(join(tmpdir(), 'sluice-cli-home-'));
  const run = (args: string[], options: RunOptions = {}) => {
    const env: Record<string, string | undefined> = { ...process.env, HOME: home };
    for (const name of CLI_VARIABLES) delete env[name];
    Object.assign(env, options.env);
    return new Promise<CliRun>((resolve, reject) => {
      const child = spawn(process.execPath, ['--no-node-snapshot', SLUICE, ...args], {
        cwd: options.cwd ?? ROOT,
        env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => {
        stdout += b;
      });
      child.stderr.on('data', (b: Buffer) => {
        stderr += b;
      });
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.on('error', reject);
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve({ exitCode, stdout, stderr });
      });
    });
  };
  return Object.assign(run, { home });
}

export const NO_BAD = `import { accept, definePolicy, field, reject } from 'sluice/sdk';

export default definePolicy({
  name: 'no-bad',
  config: { word: field.string({ default: 'bad' }) },
  onProduce(batch, ctx) {
    return batch.records.some((r) => r.text().includes(ctx.config.word)) ? reject('no ' + ctx.config.word) : accept();
  },
});
`;

/** Tests of NO_BAD (as policy.ts beside them): one passes; with `failing`, one more fails. */
export function noBadTests(failing = false): string {
  return `import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testPolicy } from 'sluice/sdk/testing';
import policy from './policy.ts';

test('a bad record is refused', async () => {
  const r = await testPolicy(policy).produce({ records: [{ value: 'a bad one' }] });
  assert.equal(r.verdict?.kind, 'reject');
});
${
  failing
    ? `
describe('good records', () => {
  test('a good record is refused too', async () => {
    const r = await testPolicy(policy).produce({ records: [{ value: 'fine' }] });
    assert.equal(r.verdict?.kind, 'reject', 'expected a refusal');
  });
});
`
    : ''
}`;
}
