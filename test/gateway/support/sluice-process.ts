// A real `sluice start` in its own process, as an operator runs it, for tests that kill it
// (SIGKILL) and start it again on the same config.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const SLUICE = join(import.meta.dirname, '..', '..', '..', 'bin', 'sluice.ts');

export interface SluiceProcess {
  child: ChildProcess;
  exited: Promise<unknown>;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

/** Starts Sluice on `config` and waits for its "sluice started" line (fails with its output if it exits first). */
export async function startSluiceProcess(config: string): Promise<SluiceProcess> {
  const child = spawn(process.execPath, ['--no-node-snapshot', SLUICE, 'start', '--config', config], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 600 && !out.includes('sluice started'); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(out, /sluice started/, out);
  return { child, exited, output: () => out };
}
