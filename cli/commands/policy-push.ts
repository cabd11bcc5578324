// `sluice policy push <name> <path>`: PUT /api/v1/policies/<name> with the files, entry, config,
// scope, priority, mode, onError and the KMS keys it may use. The server compiles the policy, loads it with its config,
// runs its tests, stores a revision and (unless --no-activate) activates it. With --shadow it
// stores the revision without activating it and starts it as the shadow of the active one.
import { Command, Option } from 'commander';
import type { AdminClient } from '../admin-client.ts';
import { type CliContext, clientOf, outputOf } from '../context.ts';
import { CliError } from '../errors.ts';
import {
  type ConfigOptions,
  configOf,
  configOptions,
  ifMatchHeader,
  ifMatchOption,
  integer,
  list,
} from '../options.ts';
import { type Output, shortRevision } from '../output.ts';
import { explainRefusal, path, type WriteResult } from '../policy-api.ts';
import { fileCount, readPolicyFiles } from '../policy-files.ts';
import { startedText, startShadow } from './policy-shadow.ts';

interface PushOptions extends ConfigOptions {
  entry?: string;
  topics?: string[];
  principals?: string[];
  clientIds?: string[];
  listeners?: string[];
  excludePrincipals?: string[];
  excludeListeners?: string[];
  priority?: number;
  mode?: 'enforce' | 'audit';
  onError?: 'closed' | 'open';
  kmsKeys?: string[];
  activate: boolean;
  shadow?: boolean;
  ifMatch?: number;
}

function scopeOf(o: PushOptions): Record<string, unknown> | undefined {
  const scope: Record<string, unknown> = {};
  if (o.topics) scope.topics = o.topics;
  if (o.principals) scope.principals = o.principals;
  if (o.clientIds) scope.clientIds = o.clientIds;
  if (o.listeners) scope.listeners = o.listeners;
  const exclude: Record<string, string[]> = {};
  if (o.excludePrincipals) exclude.principals = o.excludePrincipals;
  if (o.excludeListeners) exclude.listeners = o.excludeListeners;
  if (Object.keys(exclude).length > 0) scope.exclude = exclude;
  return Object.keys(scope).length > 0 ? scope : undefined;
}

export function pushCommand(ctx: CliContext): Command {
  const cmd = new Command('push')
    .description(
      'push a policy: the server compiles it, loads it with its config, runs its tests, stores a revision and activates it',
    )
    .argument('<name>', 'the policy (letters, digits, ".", "_", "-")')
    .argument('<path>', 'a .ts file (with its <name>.test.ts beside it, if any) or a directory of .ts files')
    .option(
      '--entry <file>',
      'for a directory: the file whose default export is the policy (default: the only non-test file, or policy.ts)',
    );
  configOptions(cmd)
    .option('--topics <list>', 'scope: topic names or patterns, comma-separated', list)
    .option('--principals <list>', 'scope: principals, comma-separated (e.g. User:alice)', list)
    .option('--client-ids <list>', 'scope: client ids, comma-separated', list)
    .option('--listeners <list>', 'scope: listener names, comma-separated', list)
    .option('--exclude-principals <list>', 'scope: principals it never applies to', list)
    .option('--exclude-listeners <list>', 'scope: listeners it never applies to', list)
    .addOption(
      new Option('--priority <n>', 'lower runs first (default 100)').argParser(integer(0, 1_000_000)),
    )
    .addOption(new Option('--mode <mode>', 'what a violation does').choices(['enforce', 'audit']))
    .addOption(new Option('--on-error <outcome>', 'what a policy failure does').choices(['closed', 'open']))
    .option(
      '--kms-keys <list>',
      'KMS keys the policy may use through ctx.kms (names or globs such as alias/customers-*), comma-separated',
      list,
    )
    .option('--no-activate', 'store the revision without making it active')
    .option(
      '--shadow',
      'store the revision without activating it and run it beside the active one (`sluice policy shadow`)',
    )
    .addOption(ifMatchOption())
    .action(async (name: string, where: string, o: PushOptions, self: Command) => {
      const out = outputOf(ctx, self);
      const policy = readPolicyFiles(where);
      const config = configOf(o);
      const scope = scopeOf(o);
      const entry = o.entry ?? policy.entry;
      const body: Record<string, unknown> = {
        files: policy.files,
        ...(entry !== undefined ? { entry } : {}),
        ...(config !== undefined ? { config } : {}),
        ...(scope !== undefined ? { scope } : {}),
        ...(o.priority !== undefined ? { priority: o.priority } : {}),
        ...(o.mode !== undefined ? { mode: o.mode } : {}),
        ...(o.onError !== undefined ? { onError: o.onError } : {}),
        ...(o.kmsKeys !== undefined ? { kmsKeys: o.kmsKeys } : {}),
      };
      const client = clientOf(ctx, self);
      out.progress(`pushing ${name} (${fileCount(policy)}) to ${client.url} …`);
      const activate = o.activate && !o.shadow;
      let r: WriteResult;
      try {
        r = (
          await client.request<WriteResult>('PUT', path(name), {
            body,
            query: activate ? undefined : { activate: false },
            headers: ifMatchHeader(o.ifMatch),
          })
        ).body;
      } catch (err) {
        throw explainRefusal(err, out, policy);
      }
      if (o.shadow) {
        await shadowPushed(client, out, r, body);
        return;
      }
      if (activate) {
        out.result(r, () =>
          r.changed
            ? `${name}: revision ${shortRevision(r.revision)} pushed and active (generation ${r.generation})`
            : `${name}: unchanged (revision ${shortRevision(r.revision)} is already active, generation ${r.generation})`,
        );
        return;
      }
      const stored = out.json ? undefined : await pushedRevision(client, name, body);
      out.result(r, () =>
        [
          `${name}: ${r.created ? 'revision stored' : 'revision already stored'}${stored ? ` ${shortRevision(stored)}` : ''}, not activated`,
          `active: ${r.revision ? `${shortRevision(r.revision)} (generation ${r.generation})` : 'none'}`,
          stored ? `activate it with: sluice policy activate ${name} ${shortRevision(stored)}` : undefined,
        ]
          .filter((l) => l !== undefined)
          .join('\n'),
      );
    });
  return cmd;
}

/** After a push with --shadow: the stored revision starts as the shadow of the active one. */
async function shadowPushed(
  client: AdminClient,
  out: Output,
  r: WriteResult,
  body: Record<string, unknown>,
): Promise<void> {
  const name = r.policy;
  const stored = await pushedRevision(client, name, body);
  if (stored === undefined)
    throw new CliError(
      'SLUICE_CLI_FAILED',
      `${name}: revision stored, not activated, but which one could not be told; start its shadow run with \`sluice policy shadow start ${name} <revision>\` (\`sluice policy get ${name}\` lists them)`,
    );
  try {
    const v = await startShadow(client, name, stored, undefined);
    out.result(v, () =>
      [
        `${name}: ${r.created ? 'revision stored' : 'revision already stored'} ${shortRevision(stored)}, not activated`,
        startedText(v),
      ].join('\n'),
    );
  } catch (err) {
    // The server's reason follows (no active revision, or this content is the active one).
    out.error(
      `${name}: revision ${shortRevision(stored)} stored, not activated; its shadow run did not start`,
    );
    throw err;
  }
}

/**
 * The id of the revision a push stored: the server answers with the ACTIVE revision when it
 * does not activate, so compute the id the way the server does and ask whether it has it.
 */
async function pushedRevision(
  client: AdminClient,
  name: string,
  body: Record<string, unknown>,
): Promise<string | undefined> {
  try {
    const { specFromBody } = await import('../../gateway/admin/routes/policies.ts');
    const { revisionId } = await import('../../gateway/control/revision.ts');
    const id = revisionId(specFromBody(name, body));
    await client.get(path(name, 'revisions', id));
    return id;
  } catch {
    return undefined;
  }
}
