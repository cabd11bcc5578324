// Runs the tests a pushed policy brings (`*.test.ts` files, written with `sluice/sdk/testing`
// and node:test) in a child process, with a time limit, before the push is stored.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PolicySpec } from './revision.ts';

const TIME_LIMIT_MS = 60_000;
const OUTPUT_LIMIT = 16 * 1024;
const HOOKS = join(import.meta.dirname, 'sdk-hooks.ts');

export function testFiles(spec: Pick<PolicySpec, 'files'>): string[] {
  return Object.keys(spec.files).filter((f) => f.endsWith('.test.ts'));
}

/** Undefined when the policy brings no tests. */
export async function runPolicyTests(
  spec: Pick<PolicySpec, 'files'>,
): Promise<{ ok: boolean; output: string } | undefined> {
  const tests = testFiles(spec);
  if (tests.length === 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'sluice-policy-tests-'));
  try {
    for (const [path, source] of Object.entries(spec.files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), source);
    }
    return await new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        ['--no-node-snapshot', '--import', HOOKS, '--test', '--test-reporter=tap', ...tests],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      const take = (b: Buffer) => {
        if (output.length < OUTPUT_LIMIT) output += b.toString('utf8');
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      const timer = setTimeout(() => {
        output += `\ntests did not finish within ${TIME_LIMIT_MS} ms`;
        child.kill('SIGKILL');
      }, TIME_LIMIT_MS);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ ok: code === 0, output: output.slice(0, OUTPUT_LIMIT) });
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
