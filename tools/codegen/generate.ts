// `npm run generate`: Kafka JSON message specs → kafka/generated/.
//
// Spec sets are merged oldest first (see spec-merge.ts): ../shared/kafka-message-specs beside
// the repo, which still lists versions Kafka 4.0 dropped, then the specs inside the
// kafka-clients jars of KAFKA_SPEC_VERSIONS, ending with the release the test rig runs
// (rig/kafka-dist.ts), which has the newest versions real brokers and clients speak. SLUICE_KAFKA_SPECS
// replaces both with a list of directories or jars, oldest first, separated by ':'.
// Error codes come from kafka-error-codes.tsv beside the shared specs (SLUICE_KAFKA_ERRORS).
// Generated file headers name spec files, not directories, so output does not depend on paths.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { type EmittedMessage, emitMessage, kebab } from './emit-codec.ts';
import {
  type ApiPair,
  emitApiKeys,
  emitErrorCodes,
  emitIndex,
  emitSchemas,
  parseErrorTable,
} from './emit-tables.ts';
import { mergeSpecs } from './spec-merge.ts';
import { loadSpecs, type MessageModel } from './spec-model.ts';
import { KAFKA_SPEC_VERSIONS, readSpecSource } from './spec-sources.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const sharedSpecs = join(repoRoot, '../shared/kafka-message-specs');
const clientsJars = KAFKA_SPEC_VERSIONS.map((v) =>
  join(repoRoot, `.cache/kafka/${v}/libs/kafka-clients-${v}.jar`),
);
const sources = process.env.SLUICE_KAFKA_SPECS
  ? process.env.SLUICE_KAFKA_SPECS.split(delimiter).map((p) => resolve(p))
  : [sharedSpecs, ...clientsJars];
const errorsFile = resolve(
  process.env.SLUICE_KAFKA_ERRORS ?? join(repoRoot, '../shared/kafka-error-codes.tsv'),
);
// SLUICE_GENERATED_OUT lets the test suite regenerate into a scratch directory and compare.
const outDir = resolve(process.env.SLUICE_GENERATED_OUT ?? join(repoRoot, 'kafka/generated'));

function header(sources: string[]): string {
  return [
    '// generated — do not edit. Written by `npm run generate` (tools/codegen/generate.ts)',
    `// from ${sources.join(', ')}.`,
    '',
  ].join('\n');
}

/** Imports a generated codec file needs, found from the identifiers its code uses. */
function imports(code: string): string {
  const support = [
    'EMPTY_BYTES',
    'invalidMessage',
    'type TaggedField',
    'unsupportedVersion',
    'writeTaggedFields',
  ].filter((name) => new RegExp(`\\b${name.replace('type ', '')}\\b`).test(code));
  const reader = ['type Reader', 'type Uuid', 'ZERO_UUID'].filter((name) =>
    new RegExp(`\\b${name.replace('type ', '')}\\b`).test(code),
  );
  const lines: string[] = [];
  lines.push(`import { ${support.join(', ')} } from '../codec-support.ts';`);
  const readerValues = reader.filter((n) => !n.startsWith('type '));
  lines.push(
    readerValues.length > 0
      ? `import { ${reader.join(', ')} } from '../reader.ts';`
      : `import type { ${reader.map((n) => n.replace('type ', '')).join(', ')} } from '../reader.ts';`,
  );
  lines.push(
    code.includes('new Writer(')
      ? "import { Writer } from '../writer.ts';"
      : "import type { Writer } from '../writer.ts';",
  );
  return `${lines.join('\n')}\n\n`;
}

function writeCodecFile(file: string, sources: string[], emitted: EmittedMessage[]): void {
  const code = emitted.map((e) => e.code).join('\n\n');
  writeFileSync(join(outDir, file), `${header(sources)}${imports(code)}${code}\n`);
}

function loadAll(): { messages: MessageModel[]; notes: string[] } {
  for (const source of sources) {
    if (!existsSync(source)) {
      throw new Error(
        `spec source ${source} is missing` +
          (clientsJars.includes(source)
            ? ' (fetch it with: npx node --no-node-snapshot rig/fetch-kafka.ts)'
            : ''),
      );
    }
  }
  let messages = loadSpecs(readSpecSource(sources[0]));
  const notes: string[] = [];
  for (const source of sources.slice(1)) {
    const merged = mergeSpecs(messages, loadSpecs(readSpecSource(source)));
    messages = merged.messages;
    notes.push(...merged.notes.map((n) => `${basename(source)}: ${n}`));
  }
  return { messages, notes };
}

function main(): void {
  const { messages, notes } = loadAll();
  mkdirSync(outDir, { recursive: true });
  const written = new Set<string>();
  const write = (file: string, sources: string[], body: string) => {
    writeFileSync(join(outDir, file), `${header(sources)}${body}\n`);
    written.add(file);
  };

  const requests = new Map<number, MessageModel>();
  const responses = new Map<number, MessageModel>();
  const others: MessageModel[] = [];
  for (const m of messages) {
    if (m.type === 'request') requests.set(m.apiKey!, m);
    else if (m.type === 'response') responses.set(m.apiKey!, m);
    else others.push(m);
  }

  const apis: ApiPair[] = [];
  let versions = 0;
  let structs = 0;
  for (const [apiKey, request] of [...requests].sort((a, b) => a[0] - b[0])) {
    const response = responses.get(apiKey);
    if (!response) throw new Error(`api key ${apiKey}: ${request.name} has no response spec`);
    const name = request.name.replace(/Request$/, '');
    const same = (a: MessageModel['validVersions'] | null, b: MessageModel['validVersions'] | null) =>
      a?.lo === b?.lo && a?.hi === b?.hi;
    if (!same(request.validVersions, response.validVersions)) {
      // The merge may keep different old versions of request and response; keep the common ones.
      const common = {
        lo: Math.max(request.validVersions.lo, response.validVersions.lo),
        hi: Math.min(request.validVersions.hi, response.validVersions.hi),
      };
      notes.push(`${name}: request and response both limited to ${common.lo}-${common.hi}`);
      request.validVersions = common;
      response.validVersions = common;
    }
    if (
      !same(request.validVersions, response.validVersions) ||
      !same(request.flexibleVersions, response.flexibleVersions)
    ) {
      throw new Error(`${name}: request and response disagree on valid or flexible versions`);
    }
    const emitted = [emitMessage(request), emitMessage(response)];
    const file = `${kebab(name)}.ts`;
    writeCodecFile(file, [`${request.name}.json`, `${response.name}.json`], emitted);
    written.add(file);
    apis.push({ name, apiKey, request, response });
    versions += request.validVersions.hi - request.validVersions.lo + 1;
    structs += emitted[0].structCount + emitted[1].structCount;
  }
  for (const apiKey of responses.keys()) {
    if (!requests.has(apiKey)) throw new Error(`api key ${apiKey}: response without request`);
  }

  const data = others.filter((m) => m.type === 'data');
  for (const m of others) {
    const emitted = emitMessage(m);
    const file = `${kebab(m.name)}.ts`;
    writeCodecFile(file, [`${m.name}.json`], [emitted]);
    written.add(file);
    structs += emitted.structCount;
  }

  write(
    'api-keys.ts',
    ['the "apiKey", "validVersions" and "flexibleVersions" of each *Request.json'],
    emitApiKeys(apis),
  );
  const errors = parseErrorTable(readFileSync(errorsFile, 'utf8'));
  write(
    'error-codes.ts',
    ['kafka-error-codes.tsv', 'tools/codegen/kafka-clients-errors.ts'],
    emitErrorCodes(errors),
  );
  write('index.ts', ['the generated codec files'], emitIndex(apis, data));
  write('schemas.ts', ['every message spec (names, types and versions only)'], emitSchemas(messages));

  // Drop files of messages that no longer exist in the specs.
  for (const file of readdirSync(outDir)) {
    if (file.endsWith('.ts') && !written.has(file)) rmSync(join(outDir, file));
  }

  for (const note of notes) console.log(`note: ${note}`);
  console.log(
    `spec sources: ${sources.map((s) => basename(s)).join(' + ')}\n` +
      `generated ${apis.length} APIs (${versions} request/response versions, ${structs} structs), ` +
      `${others.length} other messages, ${errors.length} error codes → ${outDir}`,
  );
}

main();
