// What every command gets from the program: the streams, the environment, and from its global
// options the output format and a client of the admin API.
import type { Command } from 'commander';
import { AdminClient } from './admin-client.ts';
import { type ConnectionFlags, resolveConnection } from './credentials.ts';
import { Output, type OutputFormat, type Streams } from './output.ts';

export const DEFAULT_TIMEOUT_MS = 120_000;

export interface CliContext {
  streams: Streams;
  env: Readonly<Record<string, string | undefined>>;
  /** The home directory the default profile file is under. */
  home: string;
}

interface GlobalOptions extends ConnectionFlags {
  output?: OutputFormat;
  timeout?: number;
}

export function outputOf(ctx: CliContext, cmd: Command): Output {
  return new Output(ctx.streams, cmd.optsWithGlobals<GlobalOptions>().output ?? 'text');
}

/** A client for the admin API the flags, the environment and the profile name. */
export function clientOf(ctx: CliContext, cmd: Command): AdminClient {
  const opts = cmd.optsWithGlobals<GlobalOptions>();
  const connection = resolveConnection(opts, ctx.env, ctx.home);
  const out = outputOf(ctx, cmd);
  for (const w of connection.warnings) out.warn(w);
  if (connection.insecure && connection.url.protocol === 'https:')
    out.warn(
      '--insecure: the server certificate is not checked; anyone on the path can read the credentials',
    );
  return new AdminClient(connection, opts.timeout ?? DEFAULT_TIMEOUT_MS);
}
