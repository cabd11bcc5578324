// `sluice policy dry-run`: POST /api/v1/dry-run — a pushed policy (its active revision or
// --revision) or a local one (--source, sent inline) evaluated on sample records from a JSON
// file, or on the last N records of the topic (--last, read by the gateway from Kafka); the
// verdict, the records as they would go on, and the trace. Nothing is activated.
import { Command, Option } from 'commander';
import { type CliContext, clientOf, outputOf } from '../context.ts';
import { usageError } from '../errors.ts';
import { type ConfigOptions, configOf, configOptions, integer, readInput } from '../options.ts';
import { fields, table } from '../output.ts';
import { API, type DryRunResult, explainRefusal, resolveRevision } from '../policy-api.ts';
import { fileCount, type PolicyFiles, readPolicyFiles } from '../policy-files.ts';

function dryRunText(r: DryRunResult): string {
  const out: string[] = [
    fields([
      ['action', r.action],
      ['error', r.errorCode !== undefined ? `${r.errorCode} ${r.errorMessage ?? ''}`.trim() : undefined],
      ['acks', r.acks !== undefined ? String(r.acks) : undefined],
      ['compression', r.compression],
    ]),
  ];
  if (r.offsets && r.offsets.length > 0)
    out.push(`read:   ${r.offsets.length} record(s), offsets ${r.offsets[0]}..${r.offsets.at(-1)}`);
  if (r.recordErrors && r.recordErrors.length > 0) {
    const offsets = r.offsets;
    out.push('', 'record errors:');
    out.push(
      offsets
        ? table(
            ['INDEX', 'OFFSET', 'MESSAGE'],
            r.recordErrors.map((e) => [
              String(e.batchIndex),
              String(offsets[e.batchIndex] ?? '-'),
              e.message,
            ]),
          )
        : table(
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
    // The trace's revision is the compiled bundle's hash, not the stored revision: left to JSON.
    out.push('', 'trace:');
    out.push(
      table(
        ['POLICY', 'RESULT', 'MICROS'],
        r.trace.map((t) => [t.policy, t.failure ? `${t.result} (${t.failure})` : t.result, String(t.micros)]),
      ),
    );
  }
  return out.join('\n');
}

interface DryRunOptions extends ConfigOptions {
  records?: string;
  last?: number;
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

export function dryRunCommand(ctx: CliContext): Command {
  const cmd = new Command('dry-run')
    .description(
      'evaluate a pushed policy (or a local one with --source) on sample records; nothing is activated',
    )
    .argument('[name]', 'a pushed policy (its active revision, or --revision)')
    .option(
      '--records <file>',
      'sample records: a JSON array of { key, value, headers, timestamp } (- for stdin)',
    )
    .addOption(
      new Option(
        '--last <n>',
        'instead of --records: the last n records of the topic partition, read from Kafka',
      )
        .argParser(integer(1, 1000))
        .conflicts('records'),
    )
    .requiredOption('--topic <topic>', 'the topic the records are for (or read from, with --last)')
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
      if (o.records === undefined && o.last === undefined)
        throw usageError(
          'give sample records with --records <file>, or --last <n> to read them from the topic',
        );
      const records = o.records === undefined ? undefined : sampleRecords(readInput(o.records), o.records);
      const what =
        records !== undefined
          ? `${records.length} record(s)`
          : `the last ${o.last} record(s) of ${o.topic}-${o.partition ?? 0}`;
      const client = clientOf(ctx, self);
      const body: Record<string, unknown> = {
        topic: o.topic,
        ...(records !== undefined ? { records } : { last: o.last }),
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
        out.progress(`dry-running ${o.source} (${fileCount(policy)}) on ${what} at ${client.url} …`);
      } else {
        body.policy = name;
        if (o.revision !== undefined) body.revision = await resolveRevision(client, name!, o.revision);
        out.progress(`dry-running ${name} on ${what} at ${client.url} …`);
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
