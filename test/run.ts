// Runs the test suites with node:test. `unit` needs nothing but Node; `integration` starts
// real Kafka clusters (see rig/). Usage: node test/run.ts [unit|integration|all] [filter]
import { spawn, spawnSync } from 'node:child_process';
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

// Integration files start their own Kafka clusters; running them one at a time, each in its
// own process, keeps a 2-core machine from timing out.
function runIsolated(list: string[]): number {
  const result = spawnSync(
    process.execPath,
    ['--no-node-snapshot', '--test', '--test-concurrency=1', '--test-reporter=spec', ...list],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

// Unit files share processes: a process per file spent a third of the suite's CPU starting
// Node and loading the same modules again. They are dealt round-robin to a few processes that
// run at once (their tests wait on sandbox workers and timers as much as they compute), and
// each process's report is printed whole when it ends, so reports do not interleave.
const UNIT_PROCESSES = 3;

async function runShared(list: string[]): Promise<number> {
  const shards = Array.from({ length: UNIT_PROCESSES }, (_, i) =>
    list.filter((_, j) => j % UNIT_PROCESSES === i),
  ).filter((shard) => shard.length > 0);
  const reports: string[] = [];
  const codes = await Promise.all(
    shards.map(
      (shard, i) =>
        new Promise<number>((resolve) => {
          const child = spawn(
            process.execPath,
            [
              '--no-node-snapshot',
              '--test',
              '--experimental-test-isolation=none',
              '--test-reporter=spec',
              ...shard,
            ],
            { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
          );
          const out: Buffer[] = [];
          child.stdout.on('data', (b: Buffer) => out.push(b));
          child.stderr.on('data', (b: Buffer) => out.push(b));
          child.on('close', (code) => {
            process.stdout.write(
              `\n=== unit tests, process ${i + 1} of ${shards.length} (${shard.length} files)\n`,
            );
            const report = Buffer.concat(out).toString();
            reports.push(report);
            process.stdout.write(report);
            resolve(code ?? 1);
          });
        }),
    ),
  );
  const count = (name: string) =>
    reports.reduce((n, r) => n + Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(r)?.[1] ?? 0), 0);
  const failed = codes.filter((c) => c !== 0).length;
  console.log(
    `\n=== unit tests: ${count('tests')} tests, ${count('pass')} passed, ${count('fail')} failed, ` +
      `${count('skipped')} skipped; ${failed === 0 ? 'every process passed' : `${failed} process(es) failed`}`,
  );
  return failed === 0 ? 0 : 1;
}

const unit = files.filter((f) => !isIntegration(f));
const integration = files.filter(isIntegration);
const unitStatus = unit.length > 0 ? await runShared(unit) : 0;
const integrationStatus = integration.length > 0 ? runIsolated(integration) : 0;
process.exit(unitStatus || integrationStatus);
