// `sluice policy …`: one subcommand per policy route of the admin API — list, get, activate,
// rollback, delete here; push (policy-push.ts), shadow runs (policy-shadow.ts), dry-run
// (policy-dry-run.ts) — plus `test`, which runs a policy's own tests locally (policy-test.ts).
// The connection options live on `policy`, so every subcommand takes them. Where a revision is asked for, a unique prefix of its id will do
// (`sha256:3f2a9c` or `3f2a9c`).
import { Command, Option } from 'commander';
import { type CliContext, clientOf, DEFAULT_TIMEOUT_MS, outputOf } from '../context.ts';
import { DEFAULT_URL } from '../credentials.ts';
import { usageError } from '../errors.ts';
import { ifMatchHeader, ifMatchOption, integer } from '../options.ts';
import { fields, shortRevision, table } from '../output.ts';
import {
  type Active,
  API,
  type PolicySummary,
  type PolicyView,
  path,
  type RevisionWhole,
  resolveRevision,
  type WriteResult,
  writeText,
} from '../policy-api.ts';
import { dryRunCommand } from './policy-dry-run.ts';
import { pushCommand } from './policy-push.ts';
import { shadowCommand } from './policy-shadow.ts';
import { policyTestCommand } from './policy-test.ts';

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

export function policyCommand(ctx: CliContext): Command {
  const cmd = new Command('policy')
    .description('push, inspect, activate, roll back, shadow-run, dry-run and test policies')
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
    shadowCommand(ctx),
    dryRunCommand(ctx),
    policyTestCommand(ctx),
  ])
    cmd.addCommand(sub);
  return cmd;
}
