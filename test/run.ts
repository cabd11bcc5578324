// Runs the test suites with node:test. `unit` needs nothing but Node; `integration` starts
// real Kafka clusters (see rig/). Usage: node test/run.ts [unit|integration|all] [filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const suite = process.argv[2] ?? 'all';
const filter = process.argv[3];

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out.sort();
}

const all = findTests(join(root, 'test'));
const isIntegration = (f: string) => f.startsWith(join('test', 'integration'));
let files =
  suite === 'unit'
    ? all.filter((f) => !isIntegration(f))
    : suite === 'integration'
      ? all.filter(isIntegration)
      : [...all.filter((f) => !isIntegration(f)), ...all.filter(isIntegration)];
if (filter) files = files.filter((f) => f.includes(filter));
if (files.length === 0) {
  console.error(`no test files for suite "${suite}"${filter ? ` and filter "${filter}"` : ''}`);
  process.exit(1);
}

// Integration files start their own Kafka clusters; running them one at a time keeps a
// 2-core machine from timing out. Unit files are cheap and run in parallel.
const concurrency = suite === 'unit' ? '2' : '1';
const result = spawnSync(
  process.execPath,
  ['--no-node-snapshot', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
