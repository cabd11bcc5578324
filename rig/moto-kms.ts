// A real AWS-KMS-compatible server for tests: moto's server (PyPI `moto[server]`, installed
// by .ci/install-kms.sh into .cache/moto/venv), on 127.0.0.1 and a free port. moto keeps its
// keys in memory, so `pause()` (SIGSTOP: KMS unreachable, requests time out) and `resume()`
// (SIGCONT) stand in for an outage that the keys survive, as they survive one of AWS KMS.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CreateAliasCommand, CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { RigError, tail } from './errors.ts';

const ROOT = join(import.meta.dirname, '..');

/** Where .ci/install-kms.sh puts moto_server; SLUICE_TEST_MOTO_SERVER overrides it. */
export function motoServerPath(): string {
  const path =
    process.env.SLUICE_TEST_MOTO_SERVER ?? join(ROOT, '.cache', 'moto', 'venv', 'bin', 'moto_server');
  if (!existsSync(path)) {
    throw new RigError(
      'SLUICE_RIG_START_FAILED',
      `moto_server not found at ${path}: run \`bash .ci/install-kms.sh\` (or set SLUICE_TEST_MOTO_SERVER)`,
    );
  }
  return path;
}

/** Static credentials moto accepts (it checks none); never real ones. */
export const MOTO_CREDENTIALS = {
  accessKeyId: 'moto-test-access',
  secretAccessKey: 'moto-test-secret-value',
} as const;
export const MOTO_REGION = 'us-east-1';

export interface MotoKms {
  readonly endpoint: string;
  readonly port: number;
  /** Creates a symmetric key with this alias (`alias/...`); returns its key id. */
  createKey(alias: string): Promise<string>;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function waitReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new RigError(
        'SLUICE_RIG_START_FAILED',
        `moto_server exited ${child.exitCode}:\n${tail(output())}`,
      );
    }
    try {
      const res = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (res.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new RigError('SLUICE_RIG_START_FAILED', `moto_server did not answer within 30 s:\n${tail(output())}`);
}

export async function startMotoKms(): Promise<MotoKms> {
  const bin = motoServerPath();
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout?.on('data', (c) => (log += String(c)));
  child.stderr?.on('data', (c) => (log += String(c)));
  await waitReady(endpoint, child, () => log);
  // A copy: the SDK marks the credentials object it is given (`$source`).
  const client = new KMSClient({ endpoint, region: MOTO_REGION, credentials: { ...MOTO_CREDENTIALS } });
  return {
    endpoint,
    port,
    async createKey(alias) {
      const key = await client.send(
        new CreateKeyCommand({ KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT' }),
      );
      const id = key.KeyMetadata?.KeyId;
      if (!id) throw new RigError('SLUICE_RIG_START_FAILED', 'moto CreateKey returned no key id');
      await client.send(new CreateAliasCommand({ AliasName: alias, TargetKeyId: id }));
      return id;
    },
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    async stop() {
      client.destroy();
      if (child.exitCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
