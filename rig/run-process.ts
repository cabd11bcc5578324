// Runs one short-lived client process (a Kafka CLI tool, kcat) to completion with a deadline,
// collecting its output. Shared by kafka-tools.ts and kcat.ts.
import { spawn } from 'node:child_process';
import { RigError, tail } from './errors.ts';

export interface ProcessResult {
  /** Exit code, or null when the process died from a signal. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface RunProcessOptions {
  /** Written to stdin, which is then closed. Without it stdin is empty. */
  input?: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  cwd?: string;
  /** Kill the process and reject with SLUICE_RIG_TOOL_TIMEOUT after this long. Default 60 s. */
  timeoutMs?: number;
}

export function runProcess(
  command: string,
  args: string[],
  options: RunProcessOptions = {},
): Promise<ProcessResult> {
  const { input, env, cwd, timeoutMs = 60_000 } = options;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // A process that exits before reading all its input is not our failure to report here.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new RigError('SLUICE_RIG_TOOL_FAILED', `could not run ${command}: ${error.message}`, {
          cause: error,
          details: { command },
        }),
      );
    });
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer);
      const result: ProcessResult = {
        exitCode,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        durationMs: Math.round(performance.now() - started),
      };
      if (timedOut) {
        reject(
          new RigError(
            'SLUICE_RIG_TOOL_TIMEOUT',
            `${command} ${args.join(' ')} did not finish within ${timeoutMs} ms; stderr:\n${tail(result.stderr)}`,
            { details: { command, timeoutMs } },
          ),
        );
      } else {
        resolve(result);
      }
    });
  });
}

/** Throws SLUICE_RIG_TOOL_FAILED unless the process exited with 0; returns the result otherwise. */
export function expectSuccess(what: string, result: ProcessResult): ProcessResult {
  if (result.exitCode !== 0) {
    throw new RigError(
      'SLUICE_RIG_TOOL_FAILED',
      `${what} exited with ${result.exitCode ?? result.signal}:\n${tail(result.stderr || result.stdout)}`,
      { details: { exitCode: result.exitCode, stderr: tail(result.stderr, 10) } },
    );
  }
  return result;
}
