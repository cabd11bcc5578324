// `sluice policy shadow start|status|promote|stop`: the shadow-run routes of the admin API
// (gateway/admin/routes/shadow.ts). A stored revision runs beside the policy's active one on live
// traffic, in audit mode, on every replica; `status` shows where their verdicts differed as the
// replica that answered saw it. `sluice policy push --shadow` stores a revision and starts it
// here in one command (policy-push.ts).
import { Command, Option } from 'commander';
import type { AdminClient } from '../admin-client.ts';
import { type CliContext, clientOf, outputOf } from '../context.ts';
import { ifMatchHeader, ifMatchOption, integer } from '../options.ts';
import { shortRevision, table } from '../output.ts';
import { path, resolveRevision, type ShadowView, type WriteResult, writeText } from '../policy-api.ts';

/** The most differing records a replica keeps the details of (the route's limit). */
const MAX_SAMPLE = 1000;

/** PUT …/shadow: starts (or restarts, counts at zero) `revision` as the shadow of the active one. */
export async function startShadow(
  client: AdminClient,
  name: string,
  revision: string,
  sample: number | undefined,
): Promise<ShadowView> {
  return (
    await client.request<ShadowView>('PUT', path(name, 'shadow'), {
      body: { revision, ...(sample !== undefined ? { sample } : {}) },
    })
  ).body;
}

export function startedText(v: ShadowView): string {
  const sample = v.sample !== undefined ? ` (details of the first ${v.sample} differing records)` : '';
  return [
    `${v.policy}: shadow ${shortRevision(v.revision)} started beside active ${shortRevision(v.active)}${sample}`,
    `see it with: sluice policy shadow status ${v.policy}`,
  ].join('\n');
}

/** `accept→reject 1, accept→modify 2`, most frequent first. */
function verdictPairs(byVerdict: Record<string, number>): string {
  return Object.entries(byVerdict)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([pair, n]) => `${pair} ${n}`)
    .join(', ');
}

/** What `status` prints: the run, one summary line, and the first differing records. */
export function statusText(v: ShadowView): string {
  const replica = v.replica ? `, replica ${v.replica}` : '';
  const lines = [
    `${v.policy}: shadow ${shortRevision(v.revision)} beside active ${shortRevision(v.active)}, started by ${v.by} at ${v.at}${replica}`,
  ];
  const r = v.report;
  if (!r) {
    lines.push('no comparisons yet: the replica that answered does not run the shadow (yet)');
    return lines.join('\n');
  }
  const pairs = verdictPairs(r.byVerdict);
  lines.push(
    `compared ${r.compared} payload(s) since ${r.since}: ${r.differing} differing, ${r.differingRecords} differing record(s)${pairs ? `; ${pairs}` : ''}`,
  );
  if (r.first.length === 0) return lines.join('\n');
  lines.push(
    '',
    table(
      ['HOOK', 'TOPIC', 'PARTITION', 'OFFSET', 'ACTIVE → SHADOW', 'REASON'],
      r.first.map((s) => [
        s.hook,
        s.topic ?? '-',
        s.partition === null ? '-' : String(s.partition),
        s.offset === null ? 'pending' : String(s.offset),
        `${s.active} → ${s.shadow}`,
        s.reason ?? '',
      ]),
    ),
  );
  return lines.join('\n');
}

function startCommand(ctx: CliContext): Command {
  return new Command('start')
    .description(
      'run a stored revision beside the active one on live traffic (audit mode, every replica); starting again restarts the counts',
    )
    .argument('<name>', 'the policy')
    .argument('<revision>', 'the stored revision to shadow-run (a unique prefix will do)')
    .addOption(
      new Option(
        '--sample <n>',
        'how many differing records each replica keeps the details of (server default 20)',
      ).argParser(integer(1, MAX_SAMPLE)),
    )
    .action(async (name: string, revision: string, o: { sample?: number }, self: Command) => {
      const out = outputOf(ctx, self);
      const client = clientOf(ctx, self);
      const id = await resolveRevision(client, name, revision);
      const v = await startShadow(client, name, id, o.sample);
      out.result(v, () => startedText(v));
    });
}

function statusCommand(ctx: CliContext): Command {
  return new Command('status')
    .description(
      "the policy's shadow run and where its verdicts differed from the active revision's (as the replica that answers saw it)",
    )
    .argument('<name>', 'the policy')
    .action(async (name: string, _o, self: Command) => {
      const out = outputOf(ctx, self);
      const v = (await clientOf(ctx, self).get<ShadowView>(path(name, 'shadow'))).body;
      out.result(v, () => statusText(v));
    });
}

function promoteCommand(ctx: CliContext): Command {
  return new Command('promote')
    .description('make the shadow revision the active one and end the shadow run')
    .argument('<name>', 'the policy')
    .addOption(ifMatchOption())
    .action(async (name: string, o: { ifMatch?: number }, self: Command) => {
      const out = outputOf(ctx, self);
      const r = await clientOf(ctx, self).request<WriteResult>('POST', path(name, 'shadow', 'promote'), {
        headers: ifMatchHeader(o.ifMatch),
      });
      out.result(r.body, () => writeText('shadow promoted', r.body));
    });
}

function stopCommand(ctx: CliContext): Command {
  return new Command('stop')
    .description("stop the policy's shadow run on every replica; the active revision stays")
    .argument('<name>', 'the policy')
    .action(async (name: string, _o, self: Command) => {
      const out = outputOf(ctx, self);
      await clientOf(ctx, self).request('DELETE', path(name, 'shadow'));
      if (!out.json) out.line(`${name}: shadow stopped`);
    });
}

export function shadowCommand(ctx: CliContext): Command {
  const cmd = new Command('shadow').description(
    'run a stored revision beside the active one on live traffic, compare their verdicts, then promote or stop it',
  );
  for (const sub of [startCommand(ctx), statusCommand(ctx), promoteCommand(ctx), stopCommand(ctx)])
    cmd.addCommand(sub);
  return cmd;
}
