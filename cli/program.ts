// The `sluice` command line as a commander program: `start` and `check` run the gateway from a
// config file, `policy …` talks to the admin API, `certs generate` writes TLS material. Every
// command has --help; `-o json` prints data as JSON. `run` returns the exit code
// (exit-codes.ts) instead of exiting, so the gateway can stop gracefully and tests can call it.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { SluiceError } from '../kafka/errors.ts';
import { adminCommand } from './commands/admin.ts';
import { certsCommand } from './commands/certs.ts';
import { checkCommand } from './commands/check.ts';
import { policyCommand } from './commands/policy.ts';
import { startCommand } from './commands/start.ts';
import type { CliContext } from './context.ts';
import { ApiError, CliError } from './errors.ts';
import { EXIT } from './exit-codes.ts';
import { OUTPUT_FORMATS } from './output.ts';

const VERSION = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** What each server code means for the person at the keyboard, when it is not obvious. */
const HINTS: Readonly<Record<string, string>> = {
  SLUICE_ADMIN_UNAUTHENTICATED:
    'give --user and --password (or SLUICE_ADMIN_USER/PASSWORD), --token, or --profile',
  SLUICE_ADMIN_FORBIDDEN: 'this needs a user or token with the admin role',
  SLUICE_CONTROL_PRECONDITION: 'someone changed the policy since; `sluice policy get` shows its generation',
};

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('sluice')
    .description('Sluice, the Kafka gateway with policies as code')
    .version(VERSION, '-V, --version')
    .addOption(
      new Option('-o, --output <format>', 'text for people, json for scripts (data on stdout)')
        .choices(OUTPUT_FORMATS)
        .default('text'),
    )
    .addCommand(startCommand())
    .addCommand(checkCommand(ctx))
    .addCommand(policyCommand(ctx))
    .addCommand(certsCommand(ctx))
    .addCommand(adminCommand(ctx));
  configure(program, ctx);
  return program;
}

/** Commands added with addCommand inherit nothing, so every one gets the same output and exit handling. */
function configure(cmd: Command, ctx: CliContext): void {
  cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.streams.stdout.write(s),
      writeErr: (s) => ctx.streams.stderr.write(s),
      outputError: (s, write) => write(s.startsWith('sluice') ? s : `sluice: ${s.replace(/^error: /, '')}`),
    })
    .showHelpAfterError(`(see: ${commandPath(cmd)} --help)`)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false });
  for (const sub of cmd.commands) configure(sub, ctx);
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Prints what went wrong on stderr and returns the exit code it means. */
export function reportError(err: unknown, ctx: CliContext): number {
  const say = (line: string) => ctx.streams.stderr.write(`${line}\n`);
  if (err instanceof CommanderError) {
    // Help and version were asked for; `sluice` alone shows help as an error.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.OK;
    if (err.code === 'commander.help') return err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    return EXIT.USAGE;
  }
  if (err instanceof CliError) {
    say(`sluice: ${err.message}`);
    return err.exitCode;
  }
  if (err instanceof ApiError) {
    const field = err.body.field ? ` (${err.body.field})` : '';
    say(`sluice: ${err.body.code}: ${err.body.message}${field}`);
    const hint = HINTS[err.body.code];
    if (hint) say(`sluice: ${hint}`);
    return err.exitCode;
  }
  if (err instanceof SluiceError) {
    say(`sluice: ${err.code}: ${err.message}`);
    return EXIT.FAILED;
  }
  say(`sluice: unexpected failure ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return EXIT.FAILED;
}

export function defaultContext(): CliContext {
  // `sluice policy list | head -1`: a reader that went away is not a failure of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  return { streams: { stdout: process.stdout, stderr: process.stderr }, env: process.env, home: homedir() };
}

/** Runs one command line (without `node` and the script) and returns its exit code. */
export async function run(argv: readonly string[], ctx: CliContext = defaultContext()): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv], { from: 'user' });
    return EXIT.OK;
  } catch (err) {
    return reportError(err, ctx);
  }
}
