// Runs the tests a pushed policy brings (`*.test.ts` files, written with `sluice/sdk/testing`
// and node:test) in a child process, with a time limit, before the push is stored. The tests
// are code from whoever pushed, run outside the sandbox: under Node's permission model they
// may read only their own files and the SDK (no config, no secrets, no writes, no processes,
// no workers), with an empty environment.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { PolicySpec } from './revision.ts';

const TIME_LIMIT_MS = 60_000;
const OUTPUT_LIMIT = 16 * 1024;
const HOOKS = join(import.meta.dirname, 'sdk-hooks.ts');
const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Installed as a package, Sluice's .ts files are under node_modules, where Node strips no types:
 * the child first loads the hook the package's launcher uses (dist/bin/strip-types.js).
 */
const STRIP_TYPES = ROOT.split(sep).includes('node_modules')
  ? ['--import', join(ROOT, 'dist', 'bin', 'strip-types.js')]
  : [];
/** What a policy's tests may read besides their own folder: the SDK and its dependencies
 * (the SDK's sources import the generated api table from kafka/ when there is no dist/). */
const READABLE = [
  join(ROOT, 'sdk'),
  join(ROOT, 'kafka'),
  join(ROOT, 'dist'),
  join(ROOT, 'node_modules'),
  join(ROOT, 'package.json'),
  HOOKS,
  join(import.meta.dirname, 'sdk-resolve.ts'),
];

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
        [
          '--no-node-snapshot',
          '--permission',
          ...[dir, ...READABLE].map((path) => `--allow-fs-read=${path}`),
          ...STRIP_TYPES,
          '--import',
          HOOKS,
          '--test',
          // One process: the permission model allows no child processes.
          '--experimental-test-isolation=none',
          '--test-reporter=tap',
          ...tests,
        ],
        // An empty environment: none of the gateway's variables (nor node:test's own, which
        // would make a test run inside a test run skip its tests) reach the pushed code.
        { cwd: dir, env: {}, stdio: ['ignore', 'pipe', 'pipe'] },
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
