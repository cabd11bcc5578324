// `sluice admin hash-password` / `hash-token`: the values for admin.users[].passwordHash and
// admin.tokens[].tokenHash, so a config (or a mounted secret) never holds the secret itself.
// The secret is read from a file or stdin, never from the command line, where it would land in
// the shell's history and in the process list.
import { Command } from 'commander';
import { hashSecret, hashToken } from '../../gateway/config/secrets.ts';
import { type CliContext, outputOf } from '../context.ts';
import { usageError } from '../errors.ts';
import { readInput } from '../options.ts';

/** The secret in `file` (- for stdin), without the line end an editor or `echo` adds. */
function secretFrom(file: string): string {
  const secret = readInput(file).replace(/\r?\n$/, '');
  if (secret === '') throw usageError(`${file === '-' ? 'stdin' : file} holds no secret`);
  return secret;
}

function hashCommand(
  ctx: CliContext,
  name: string,
  what: string,
  key: string,
  hash: (secret: string) => string,
): Command {
  return new Command(name)
    .description(`the ${key} value for ${what} read from a file or stdin`)
    .option('--from <file>', 'where the secret is (- for stdin)', '-')
    .action((o: { from: string }, self: Command) => {
      const hashed = hash(secretFrom(o.from));
      outputOf(ctx, self).result({ [key]: hashed }, () => hashed);
    });
}

export function adminCommand(ctx: CliContext): Command {
  return new Command('admin')
    .description("hash the admin API's passwords and tokens for the config")
    .addCommand(hashCommand(ctx, 'hash-password', 'a password', 'passwordHash', (s) => hashSecret(s)))
    .addCommand(hashCommand(ctx, 'hash-token', 'a bearer token', 'tokenHash', hashToken));
}
