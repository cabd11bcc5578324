// `sluice policy …`: the policy routes of the admin API (gateway/admin/routes/policies.ts), one
// subcommand per route — push, list, get, activate, rollback, delete, dry-run — plus `test`,
// which runs a policy's own tests here (policy-test.ts). Where a revision is asked for, a
// unique prefix of its id will do (`sha256:3f2a9c` or `3f2a9c`).
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { AdminClient } from '../admin-client.ts';
import { type CliContext, clientOf, DEFAULT_TIMEOUT_MS, outputOf } from '../context.ts';
import { DEFAULT_URL } from '../credentials.ts';
import { ApiError, CliError, usageError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { fields, formatDiagnostics, type Output, shortRevision, table } from '../output.ts';
import { fileCount, localPath, type PolicyFiles, readPolicyFiles } from '../policy-files.ts';
import { parseTap, renderReport } from '../test-report.ts';
import { policyTestCommand } from './policy-test.ts';

const API = '/api/v1';
const FULL_REVISION = /^sha256:[0-9a-f]{64}$/;

/** The admin API's answers, as far as the CLI reads them. */
interface Active {
  revision: string | null;
  previous?: string | null;
  generation: number;
  by: string;
  at: string;
}
interface PolicySummary {
  name: string;
  active: Active | null;
  revisions: number;
}
interface RevisionMeta {
  id: string;
  pushedBy: string;
  pushedAt: string;
  entry: string;
  files: string[];
  priority: number;
  mode?: string;
  onError?: string;
  scope?: Record<string, unknown>;
  pluginClass?: string;
}
interface PolicyView {
  name: string;
  active: Active | null;
  revisions: RevisionMeta[];
}
interface RevisionWhole extends RevisionMeta {
  sources: Record<string, string>;
  config: Record<string, unknown>;
  active: boolean;
}
interface WriteResult {
  policy: string;
  revision: string | null;
  generation: number;
  created: boolean;
  changed: boolean;
}
interface DryRunResult {
  action: string;
  errorCode?: number;
  errorMessage?: string;
  recordErrors?: { batchIndex: number; message: string }[];
  acks?: number;
  compression?: string;
  records?: { key: string | null; value: string | null; headers: Record<string, string | null> }[];
  trace: { policy: string; revision: string; result: string; failure?: string; micros: number }[];
}

const path = (name: string, ...rest: string[]) =>
  [`${API}/policies/${encodeURIComponent(name)}`, ...rest.map(encodeURIComponent)].join('/');

// --- option parsers (a bad value is a usage error, exit 2) -----------------------------------

function integer(min: number, max: number) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return Number(v);
  };
}

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function jsonObject(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw usageError(`${where}: not JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw usageError(`${where}: must be a JSON object`);
  return value as Record<string, unknown>;
}

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw usageError(`${file}: ${(err as Error).message}`);
  }
}

interface ConfigOptions {
  config?: string;
  configJson?: string;
}

function configOf(o: ConfigOptions): Record<string, unknown> | undefined {
  if (o.config !== undefined) return jsonObject(readInput(o.config), o.config);
  if (o.configJson !== undefined) return jsonObject(o.configJson, '--config-json');
  return undefined;
}

function configOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--config <json-file>', "the policy's config, a JSON object in a file (- for stdin)"),
    )
    .addOption(
      new Option('--config-json <json>', "the policy's config as a JSON object").conflicts('config'),
    );
}

const ifMatchOption = () =>
  new Option(
    '--if-match <generation>',
    'only if the policy is still at this generation (from `get`); refused with exit 1 otherwise',
  ).argParser(integer(0, Number.MAX_SAFE_INTEGER));

const ifMatchHeader = (generation: number | undefined): Record<string, string> =>
  generation === undefined ? {} : { 'if-match': `"${generation}"` };

// --- revisions ----------------------------------------------------------------------------

/** A full revision id for a full id or a unique prefix of one (with or without `sha256:`). */
async function resolveRevision(client: AdminClient, name: string, given: string): Promise<string> {
  if (FULL_REVISION.test(given)) return given;
  const prefix = given.startsWith('sha256:') ? given : `sha256:${given}`;
  if (!/^sha256:[0-9a-f]+$/.test(prefix))
    throw usageError(`${given}: a revision is sha256:<hex> (a unique prefix will do)`);
  const view = (await client.get<PolicyView>(path(name))).body;
  const matches = view.revisions.filter((r) => r.id.startsWith(prefix));
  if (matches.length === 0)
    throw new CliError('SLUICE_CLI_USAGE', `policy ${name} has no revision ${given}`, {
      exitCode: EXIT.NOT_FOUND,
    });
  if (matches.length > 1)
    throw usageError(`${given} names ${matches.length} revisions of ${name}; give more of the id`);
  return matches[0].id;
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

// --- what the server said no to ----------------------------------------------------------

/**
 * A refused push or dry-run in the user's terms: compile problems as `file:line:col: message`
 * with the paths they have on disk, failed tests as the test report. Returns the error to end
 * with, its message shortened to the part not already printed.
 */
function explainRefusal(err: unknown, out: Output, policy: PolicyFiles | undefined): unknown {
  if (!(err instanceof ApiError) || err.status !== 400) return err;
  const where = (file: string) => (policy ? localPath(policy, file) : file);
  const body = err.body;
  if (body.diagnostics && body.diagnostics.length > 0) {
    out.error(formatDiagnostics(body.diagnostics, where));
    const head = body.message.split(': ')[0];
    return new ApiError(err.status, { code: body.code, message: head });
  }
  const tap = body.message.indexOf('\nTAP version');
  if (tap >= 0) {
    const relocate = (text: string) =>
      text.replace(
        /(?:file:\/\/)?\/[^\s'"]*?sluice-policy-tests-[^/\s'"]+\//g,
        policy ? `${policy.root}/` : '',
      );
    out.error(renderReport(parseTap(body.message.slice(tap + 1), false, relocate)));
    return new ApiError(err.status, {
      code: body.code,
      message: body.message.slice(0, tap).replace(/:$/, ''),
    });
  }
  return err;
}

// --- rendering ----------------------------------------------------------------------------

function activeLine(a: Active | null): string {
  if (!a || a.revision === null) return 'none';
  return `${a.revision} (generation ${a.generation}, by ${a.by} at ${a.at})`;
}

function scopeText(scope: Record<string, unknown> | undefined): string {
  if (!scope) return 'everything';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(scope)) {
    if (Array.isArray(v)) parts.push(`${k}=${v.join(',')}`);
    else if (v && typeof v === 'object') parts.push(`${k}(${scopeText(v as Record<string, unknown>)})`);
  }
  return parts.join(' ') || 'everything';
}

function writeText(verb: string, r: WriteResult): string {
  if (!r.changed)
    return `${r.policy}: unchanged, active revision ${shortRevision(r.revision)} (generation ${r.generation})`;
  return `${r.policy}: ${verb}, active revision ${shortRevision(r.revision)} (generation ${r.generation})`;
}

function dryRunText(r: DryRunResult): string {
  const out: string[] = [
    fields([
      ['action', r.action],
      ['error', r.errorCode !== undefined ? `${r.errorCode} ${r.errorMessage ?? ''}`.trim() : undefined],
      ['acks', r.acks !== undefined ? String(r.acks) : undefined],
      ['compression', r.compression],
    ]),
  ];
  if (r.recordErrors && r.recordErrors.length > 0) {
    out.push('', 'record errors:');
    out.push(
      table(
        ['INDEX', 'MESSAGE'],
        r.recordErrors.map((e) => [String(e.batchIndex), e.message]),
      ),
    );
  }
  if (r.records) {
    out.push('', 'records as they would go on:');
    out.push(
      table(
        ['KEY', 'VALUE', 'HEADERS'],
        r.records.map((rec) => [
          rec.key ?? '-',
          rec.value ?? '-',
          Object.entries(rec.headers)
            .map(([k, v]) => `${k}=${v ?? ''}`)
            .join(' '),
        ]),
      ),
    );
  }
  if (r.trace.length > 0) {
    out.push('', 'trace:');
    out.push(
      table(
        ['POLICY', 'REVISION', 'RESULT', 'MICROS'],
        r.trace.map((t) => [
          t.policy,
          shortRevision(t.revision),
          t.failure ? `${t.result} (${t.failure})` : t.result,
          String(t.micros),
        ]),
      ),
    );
  }
  return out.join('\n');
}

// --- the commands ---------------------------------------------------------------------------

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
  activate: boolean;
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

function pushCommand(ctx: CliContext): Command {
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
    .option('--no-activate', 'store the revision without making it active')
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
      };
      const client = clientOf(ctx, self);
      out.progress(`pushing ${name} (${fileCount(policy)}) to ${client.url} …`);
      let r: WriteResult;
      try {
        r = (
          await client.request<WriteResult>('PUT', path(name), {
            body,
            query: o.activate ? undefined : { activate: false },
            headers: ifMatchHeader(o.ifMatch),
          })
        ).body;
      } catch (err) {
        throw explainRefusal(err, out, policy);
      }
      if (o.activate) {
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

function listCommand(ctx: CliContext): Command {
  return new Command('list')
    .description('every pushed policy and its active revision')
    .action(async (_o, self: Command) => {
      const out = outputOf(ctx, self);
      const r = await clientOf(ctx, self).get<PolicySummary[]>(`${API}/policies`);
      if (!out.json && r.body.length === 0) {
        out.error('no policies pushed');
        return;
      }
      out.result(r.body, () =>
        table(
          ['NAME', 'ACTIVE', 'GENERATION', 'REVISIONS', 'BY', 'AT'],
          r.body.map((p) => [
            p.name,
            shortRevision(p.active?.revision),
            String(p.active?.generation ?? '-'),
            String(p.revisions),
            p.active?.by ?? '-',
            p.active?.at ?? '-',
          ]),
        ),
      );
    });
}

function getCommand(ctx: CliContext): Command {
  return new Command('get')
    .description(
      "a policy, its active revision and every revision; with --revision, one revision's files and config",
    )
    .argument('<name>', 'the policy')
    .option(
      '--revision <id>',
      'one revision whole: files, config, scope, who pushed it (a unique prefix will do)',
    )
    .option('--source', 'with --revision: print the source files too')
    .action(async (name: string, o: { revision?: string; source?: boolean }, self: Command) => {
      const out = outputOf(ctx, self);
      const client = clientOf(ctx, self);
      if (o.revision === undefined) {
        if (o.source) throw usageError('--source needs --revision');
        const r = await client.get<PolicyView>(path(name));
        const v = r.body;
        out.result(v, () =>
          [
            fields([
              ['name', v.name],
              ['active', activeLine(v.active)],
              ['previous', v.active?.previous ?? undefined],
            ]),
            '',
            table(
              ['REVISION', 'PUSHED AT', 'BY', 'ENTRY', 'FILES', 'PRIORITY', 'MODE', 'ON ERROR', 'SCOPE', ''],
              v.revisions.map((rev) => [
                shortRevision(rev.id),
                rev.pushedAt,
                rev.pushedBy,
                rev.entry,
                String(rev.files.length),
                String(rev.priority),
                rev.mode ?? 'enforce',
                rev.onError ?? 'closed',
                scopeText(rev.scope),
                rev.id === v.active?.revision ? 'active' : '',
              ]),
            ),
          ].join('\n'),
        );
        return;
      }
      const id = await resolveRevision(client, name, o.revision);
      const rev = (await client.get<RevisionWhole>(path(name, 'revisions', id))).body;
      out.result(rev, () => {
        const lines = [
          fields([
            ['revision', rev.id],
            ['active', rev.active ? 'yes' : 'no'],
            ['pushed', `${rev.pushedAt} by ${rev.pushedBy}`],
            ['entry', rev.entry],
            ['files', rev.files.join(', ')],
            ['priority', String(rev.priority)],
            ['mode', rev.mode ?? 'enforce'],
            ['on error', rev.onError ?? 'closed'],
            ['scope', scopeText(rev.scope)],
            ['plugin class', rev.pluginClass],
            ['config', JSON.stringify(rev.config)],
          ]),
        ];
        if (o.source) {
          for (const [file, source] of Object.entries(rev.sources))
            lines.push('', `--- ${file}`, source.replace(/\n$/, ''));
        }
        return lines.join('\n');
      });
    });
}

function activateCommand(ctx: CliContext): Command {
  return new Command('activate')
    .description('make a stored revision the active one')
    .argument('<name>', 'the policy')
    .argument('<revision>', 'the revision (a unique prefix will do)')
    .addOption(ifMatchOption())
    .action(async (name: string, revision: string, o: { ifMatch?: number }, self: Command) => {
      const out = outputOf(ctx, self);
      const client = clientOf(ctx, self);
      const id = await resolveRevision(client, name, revision);
      const r = await client.request<WriteResult>('POST', path(name, 'activate'), {
        body: { revision: id },
        headers: ifMatchHeader(o.ifMatch),
      });
      out.result(r.body, () => writeText('activated', r.body));
    });
}

function rollbackCommand(ctx: CliContext): Command {
  return new Command('rollback')
    .description('go back to the revision that was active before the active one, or to --to')
    .argument('<name>', 'the policy')
    .option('--to <revision>', 'the revision to go back to (a unique prefix will do)')
    .addOption(ifMatchOption())
    .action(async (name: string, o: { to?: string; ifMatch?: number }, self: Command) => {
      const out = outputOf(ctx, self);
      const client = clientOf(ctx, self);
      const to = o.to === undefined ? undefined : await resolveRevision(client, name, o.to);
      const r = await client.request<WriteResult>('POST', path(name, 'rollback'), {
        body: to === undefined ? {} : { revision: to },
        headers: ifMatchHeader(o.ifMatch),
      });
      out.result(r.body, () => writeText('rolled back', r.body));
    });
}

function deleteCommand(ctx: CliContext): Command {
  return new Command('delete')
    .description(
      'deactivate a policy and forget its revisions; with --revision, delete one inactive revision',
    )
    .argument('<name>', 'the policy')
    .option('--revision <id>', 'delete only this revision (it must not be the active one)')
    .addOption(ifMatchOption())
    .action(async (name: string, o: { revision?: string; ifMatch?: number }, self: Command) => {
      const out = outputOf(ctx, self);
      const client = clientOf(ctx, self);
      if (o.revision === undefined) {
        await client.request('DELETE', path(name), { headers: ifMatchHeader(o.ifMatch) });
        if (!out.json) out.line(`${name}: deleted`);
        return;
      }
      if (o.ifMatch !== undefined)
        throw usageError('--if-match guards deleting the whole policy, not one revision');
      const id = await resolveRevision(client, name, o.revision);
      await client.request('DELETE', path(name, 'revisions', id));
      if (!out.json) out.line(`${name}: revision ${shortRevision(id)} deleted`);
    });
}

interface DryRunOptions extends ConfigOptions {
  records: string;
  topic: string;
  revision?: string;
  source?: string;
  entry?: string;
  hook?: 'onProduce' | 'onFetch';
  partition?: number;
  principal?: string;
  clientId?: string;
}

/** Sample records from a JSON file: an array of { key, value, headers, timestamp }; an object value is sent as its JSON. */
export function sampleRecords(text: string, where: string): Record<string, unknown>[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw usageError(`${where}: not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(value))
    throw usageError(
      `${where}: must be a JSON array of records ({ "key", "value", "headers", "timestamp" })`,
    );
  return value.map((r, i) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r))
      throw usageError(`${where}[${i}]: a record is an object`);
    const rec = { ...(r as Record<string, unknown>) };
    for (const k of ['key', 'value'] as const)
      if (rec[k] !== null && typeof rec[k] === 'object') rec[k] = JSON.stringify(rec[k]);
    return rec;
  });
}

function dryRunCommand(ctx: CliContext): Command {
  const cmd = new Command('dry-run')
    .description(
      'evaluate a pushed policy (or a local one with --source) on sample records; nothing is activated',
    )
    .argument('[name]', 'a pushed policy (its active revision, or --revision)')
    .requiredOption(
      '--records <file>',
      'sample records: a JSON array of { key, value, headers, timestamp } (- for stdin)',
    )
    .requiredOption('--topic <topic>', 'the topic the records are for')
    .option(
      '--revision <id>',
      'a stored revision of <name> instead of its active one (a unique prefix will do)',
    )
    .option('--source <path>', 'evaluate this policy (.ts file or directory) instead of a pushed one')
    .option('--entry <file>', 'with --source: the file whose default export is the policy');
  configOptions(cmd)
    .addOption(
      new Option('--hook <hook>', 'the hook to run').choices(['onProduce', 'onFetch']).default('onProduce'),
    )
    .addOption(new Option('--partition <n>', 'the partition').argParser(integer(0, 2 ** 31 - 1)))
    .option('--principal <principal>', 'who produces or fetches (default User:ANONYMOUS)')
    .option('--client-id <id>', 'the client id')
    .action(async (name: string | undefined, o: DryRunOptions, self: Command) => {
      const out = outputOf(ctx, self);
      if ((name === undefined) === (o.source === undefined))
        throw usageError('name a pushed policy or give --source <path>, not both or neither');
      if (o.source === undefined && (o.entry || o.config || o.configJson))
        throw usageError('--entry, --config and --config-json go with --source');
      if (o.source !== undefined && o.revision !== undefined)
        throw usageError('--revision goes with a pushed policy');
      const records = sampleRecords(readInput(o.records), o.records);
      const client = clientOf(ctx, self);
      const body: Record<string, unknown> = {
        topic: o.topic,
        records,
        hook: o.hook,
        ...(o.partition !== undefined ? { partition: o.partition } : {}),
        ...(o.principal !== undefined ? { principal: o.principal } : {}),
        ...(o.clientId !== undefined ? { clientId: o.clientId } : {}),
      };
      let policy: PolicyFiles | undefined;
      if (o.source !== undefined) {
        policy = readPolicyFiles(o.source);
        const config = configOf(o);
        const entry = o.entry ?? policy.entry;
        body.inline = {
          files: policy.files,
          ...(entry !== undefined ? { entry } : {}),
          ...(config !== undefined ? { config } : {}),
        };
        out.progress(
          `dry-running ${o.source} (${fileCount(policy)}) on ${records.length} record(s) at ${client.url} …`,
        );
      } else {
        body.policy = name;
        if (o.revision !== undefined) body.revision = await resolveRevision(client, name!, o.revision);
        out.progress(`dry-running ${name} on ${records.length} record(s) at ${client.url} …`);
      }
      let r: DryRunResult;
      try {
        r = (await client.request<DryRunResult>('POST', `${API}/dry-run`, { body })).body;
      } catch (err) {
        throw explainRefusal(err, out, policy);
      }
      out.result(r, () => dryRunText(r));
    });
  return cmd;
}

export function policyCommand(ctx: CliContext): Command {
  const cmd = new Command('policy')
    .description('push, inspect, activate, roll back, dry-run and test policies')
    .option('--url <url>', `the admin API (env SLUICE_ADMIN_URL; default ${DEFAULT_URL})`)
    .option('--user <name>', 'HTTP Basic user (env SLUICE_ADMIN_USER)')
    .option('--password <password>', 'its password (env SLUICE_ADMIN_PASSWORD, better than the command line)')
    .option('--token <token>', 'a bearer token instead of a user (env SLUICE_ADMIN_TOKEN)')
    .option('--cacert <file>', 'PEM CA certificates to trust for https (env SLUICE_ADMIN_CA)')
    .option('--insecure', 'do not check the server certificate (development only)')
    .option(
      '--profile <name>',
      'a profile of the profile file (env SLUICE_PROFILE; file SLUICE_PROFILES or ~/.config/sluice/profiles.json)',
    )
    .addOption(
      new Option('--timeout <ms>', 'how long to wait for an answer')
        .default(DEFAULT_TIMEOUT_MS)
        .argParser(integer(1, 3_600_000)),
    );
  for (const sub of [
    pushCommand(ctx),
    listCommand(ctx),
    getCommand(ctx),
    activateCommand(ctx),
    rollbackCommand(ctx),
    deleteCommand(ctx),
    dryRunCommand(ctx),
    policyTestCommand(ctx),
  ])
    cmd.addCommand(sub);
  return cmd;
}
