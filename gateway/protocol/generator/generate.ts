// `npm run generate`: Kafka JSON message specs → gateway/protocol/generated/.
// Specs come from ../shared/kafka-message-specs (beside the repo) unless SLUICE_KAFKA_SPECS
// names another directory (for example one unpacked from a kafka-clients jar, where the
// specs live under common/message/); error codes likewise from SLUICE_KAFKA_ERRORS.
// The header of each generated file names its spec files, not their directory, so the output
// does not depend on where the specs were read from.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type EmittedMessage, emitMessage, kebab } from './emit-codec.ts';
import {
  type ApiPair,
  emitApiKeys,
  emitErrorCodes,
  emitIndex,
  emitSchemas,
  parseErrorTable,
} from './emit-tables.ts';
import { loadSpecs, type MessageModel } from './spec-model.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const specsDir = resolve(process.env.SLUICE_KAFKA_SPECS ?? join(repoRoot, '../shared/kafka-message-specs'));
const errorsFile = resolve(
  process.env.SLUICE_KAFKA_ERRORS ?? join(dirname(specsDir), 'kafka-error-codes.tsv'),
);
// SLUICE_GENERATED_OUT lets the test suite regenerate into a scratch directory and compare.
const outDir = resolve(process.env.SLUICE_GENERATED_OUT ?? join(repoRoot, 'gateway/protocol/generated'));

function header(sources: string[]): string {
  return [
    '// generated — do not edit. Written by `npm run generate` (gateway/protocol/generator/generate.ts)',
    `// from ${sources.join(', ')}.`,
    '',
  ].join('\n');
}

/** Imports a generated codec file needs, found from the identifiers its code uses. */
function imports(code: string): string {
  const support = ['EMPTY_BYTES', 'type TaggedField', 'unsupportedVersion', 'writeTaggedFields'].filter(
    (name) => new RegExp(`\\b${name.replace('type ', '')}\\b`).test(code),
  );
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

function main(): void {
  const messages = loadSpecs(specsDir);
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
  write('error-codes.ts', ['kafka-error-codes.tsv', 'generator/retriable-errors.ts'], emitErrorCodes(errors));
  write('index.ts', ['the generated codec files'], emitIndex(apis, data));
  write('schemas.ts', ['every message spec (names, types and versions only)'], emitSchemas(messages));

  // Drop files of messages that no longer exist in the specs.
  for (const file of readdirSync(outDir)) {
    if (file.endsWith('.ts') && !written.has(file)) rmSync(join(outDir, file));
  }

  console.log(
    `generated ${apis.length} APIs (${versions} request/response versions, ${structs} structs), ` +
      `${others.length} other messages, ${errors.length} error codes → ${outDir}`,
  );
}

main();
