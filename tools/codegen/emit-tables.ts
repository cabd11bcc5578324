// Emits the tables that sit beside the codecs: API keys, Kafka error codes, the apiKey → codec
// index and a compact schema of every message (names, types, versions) for generic walkers
// such as the test suite's sample-message generator.
import { kebab } from './emit-codec.ts';
import { ERRORS_MISSING_FROM_TSV, RETRIABLE_ERRORS } from './kafka-clients-errors.ts';
import type { FieldModel, MessageModel, VersionRange } from './spec-model.ts';

export interface ApiPair {
  name: string;
  apiKey: number;
  request: MessageModel;
  response: MessageModel;
}

const range = (r: VersionRange | null) => (r ? `[${r.lo}, ${r.hi}]` : 'null');

export function emitApiKeys(apis: ApiPair[]): string {
  const out: string[] = [];
  out.push('export interface ApiInfo {');
  out.push('  readonly name: string;');
  out.push('  readonly apiKey: number;');
  out.push('  readonly minVersion: number;');
  out.push('  readonly maxVersion: number;');
  out.push('  /** First flexible version (compact encodings, tagged fields), or -1 if none is. */');
  out.push('  readonly firstFlexibleVersion: number;');
  out.push('  /** Which Kafka listeners serve it: "broker", "controller", "zkBroker". */');
  out.push('  readonly listeners: readonly string[];');
  out.push('  /** The newest version is still under development in Kafka and may change. */');
  out.push('  readonly latestVersionUnstable: boolean;');
  out.push('  /** Versions Kafka marks deprecated, as [min, max], or null. */');
  out.push('  readonly deprecatedVersions: readonly [number, number] | null;');
  out.push('}');
  out.push('');
  out.push('export const API_KEYS = {');
  for (const api of apis) out.push(`  ${api.name}: ${api.apiKey},`);
  out.push('} as const;');
  out.push('');
  out.push('export type ApiName = keyof typeof API_KEYS;');
  out.push('');
  out.push('export const API_INFO: Readonly<Partial<Record<number, ApiInfo>>> = {');
  for (const api of apis) {
    const r = api.request;
    const flexible = r.flexibleVersions ? r.flexibleVersions.lo : -1;
    out.push(
      `  ${api.apiKey}: { name: '${api.name}', apiKey: ${api.apiKey}, minVersion: ${r.validVersions.lo}, maxVersion: ${r.validVersions.hi}, ` +
        `firstFlexibleVersion: ${flexible}, listeners: ${JSON.stringify(r.listeners).replaceAll('"', "'")}, ` +
        `latestVersionUnstable: ${r.latestVersionUnstable}, deprecatedVersions: ${range(r.deprecatedVersions)} },`,
    );
  }
  out.push('};');
  return out.join('\n');
}

export interface ErrorRow {
  code: number;
  name: string;
  message: string;
}

export function parseErrorTable(tsv: string): ErrorRow[] {
  const rows: ErrorRow[] = [];
  const lines = tsv.split('\n').filter((l) => l.trim() !== '');
  const [header, ...body] = lines;
  if (!header.startsWith('code\tname'))
    throw new Error('error table: expected a "code<TAB>name<TAB>message" header');
  for (const line of body) {
    const [code, name, message = ''] = line.split('\t');
    if (!/^-?\d+$/.test(code) || !/^[A-Z_0-9]+$/.test(name))
      throw new Error(`error table: bad line ${JSON.stringify(line)}`);
    rows.push({ code: Number(code), name, message: message.trim() });
  }
  for (const extra of ERRORS_MISSING_FROM_TSV) {
    if (!rows.some((r) => r.code === extra.code)) rows.push(extra);
  }
  return rows.sort((a, b) => a.code - b.code);
}

export function emitErrorCodes(rows: ErrorRow[]): string {
  const out: string[] = [];
  out.push('export interface KafkaErrorInfo {');
  out.push('  readonly code: number;');
  out.push('  readonly name: string;');
  out.push('  /** Whether Kafka clients treat it as retriable (its exception is a RetriableException). */');
  out.push('  readonly retriable: boolean;');
  out.push('  readonly message: string;');
  out.push('}');
  out.push('');
  out.push('export const KAFKA_ERROR_CODES = {');
  for (const row of rows) out.push(`  ${row.name}: ${row.code},`);
  out.push('} as const;');
  out.push('');
  out.push('export type KafkaErrorName = keyof typeof KAFKA_ERROR_CODES;');
  out.push('');
  out.push('export const KAFKA_ERRORS: Readonly<Partial<Record<number, KafkaErrorInfo>>> = {');
  for (const row of rows) {
    out.push(
      `  ${row.code < 0 ? `[${row.code}]` : row.code}: { code: ${row.code}, name: '${row.name}', retriable: ${RETRIABLE_ERRORS.has(row.name)}, message: ${JSON.stringify(row.message)} },`,
    );
  }
  out.push('};');
  return out.join('\n');
}

export function emitIndex(apis: ApiPair[], data: MessageModel[]): string {
  const out: string[] = [];
  out.push("import type { Reader } from '../reader.ts';");
  out.push("import type { Writer } from '../writer.ts';");
  for (const api of apis) {
    const r = api.request.name;
    const s = api.response.name;
    out.push(
      `import { decode${r}, decode${s}, encode${r}, encode${s}, type ${r}, type ${s} } from './${kebab(api.name)}.ts';`,
    );
  }
  for (const m of data) {
    out.push(`import { decode${m.name}, encode${m.name}, type ${m.name} } from './${kebab(m.name)}.ts';`);
  }
  out.push('');
  out.push(
    '/** Codecs of one API. Methods (not function properties) so that any codec is an ApiCodec<unknown, unknown>. */',
  );
  out.push('export interface ApiCodec<Req, Res> {');
  out.push('  readonly apiKey: number;');
  out.push('  readonly name: string;');
  out.push('  readonly minVersion: number;');
  out.push('  readonly maxVersion: number;');
  out.push('  decodeRequest(reader: Reader, version: number): Req;');
  out.push('  encodeRequest(writer: Writer, version: number, value: Req): void;');
  out.push('  decodeResponse(reader: Reader, version: number): Res;');
  out.push('  encodeResponse(writer: Writer, version: number, value: Res): void;');
  out.push('}');
  out.push('');
  out.push('export interface DataCodec<T> {');
  out.push('  readonly name: string;');
  out.push('  readonly minVersion: number;');
  out.push('  readonly maxVersion: number;');
  out.push('  decode(reader: Reader, version: number): T;');
  out.push('  encode(writer: Writer, version: number, value: T): void;');
  out.push('}');
  out.push('');
  out.push('export const API_CODECS = {');
  for (const api of apis) {
    const r = api.request.name;
    const s = api.response.name;
    const v = api.request.validVersions;
    out.push(
      `  ${api.apiKey}: { apiKey: ${api.apiKey}, name: '${api.name}', minVersion: ${v.lo}, maxVersion: ${v.hi}, ` +
        `decodeRequest: decode${r}, encodeRequest: encode${r}, decodeResponse: decode${s}, encodeResponse: encode${s} } as ApiCodec<${r}, ${s}>,`,
    );
  }
  out.push('} as const;');
  out.push('');
  out.push(
    '/** Codecs of the non-API messages Kafka puts inside other messages (consumer protocol, KRaft records). */',
  );
  out.push('export const DATA_CODECS = {');
  for (const m of data) {
    const v = m.validVersions;
    out.push(
      `  ${m.name}: { name: '${m.name}', minVersion: ${v.lo}, maxVersion: ${v.hi}, decode: decode${m.name}, encode: encode${m.name} } as DataCodec<${m.name}>,`,
    );
  }
  out.push('} as const;');
  return out.join('\n');
}

/** [lo, hi] or null: compact enough for a schema table and trivial for tests to read. */
type RangeJson = [number, number] | null;

function rangeJson(r: VersionRange | null | undefined): RangeJson {
  return r ? [r.lo, r.hi] : null;
}

function fieldJson(f: FieldModel): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: f.name,
    prop: f.prop,
    type: f.type,
    array: f.isArray,
    struct: f.isStruct,
    versions: rangeJson(f.versions),
    nullableVersions: rangeJson(f.nullableVersions),
    tag: f.tag,
  };
  if (f.flexibleVersions !== undefined) out.flexibleVersions = rangeJson(f.flexibleVersions);
  if (f.explicitDefault && f.defaultValue !== 'empty') {
    out.default = typeof f.defaultValue === 'bigint' ? f.defaultValue.toString() : f.defaultValue;
  }
  return out;
}

export function emitSchemas(messages: MessageModel[]): string {
  const out: string[] = [];
  out.push('export interface FieldSchema {');
  out.push('  readonly name: string;');
  out.push('  readonly prop: string;');
  out.push('  /** Element type for arrays: a primitive name or a struct name. */');
  out.push('  readonly type: string;');
  out.push('  readonly array: boolean;');
  out.push('  readonly struct: boolean;');
  out.push('  readonly versions: readonly [number, number] | null;');
  out.push('  readonly nullableVersions: readonly [number, number] | null;');
  out.push('  readonly tag: number | null;');
  out.push('  readonly flexibleVersions?: readonly [number, number] | null;');
  out.push('  /** The default the spec states (int64 as a decimal string); absent when it states none. */');
  out.push('  readonly default?: number | string | boolean | null;');
  out.push('}');
  out.push('');
  out.push('export interface MessageSchema {');
  out.push('  readonly name: string;');
  out.push("  readonly type: 'request' | 'response' | 'header' | 'data';");
  out.push('  readonly apiKey: number | null;');
  out.push('  readonly validVersions: readonly [number, number];');
  out.push('  readonly flexibleVersions: readonly [number, number] | null;');
  out.push('  readonly fields: readonly FieldSchema[];');
  out.push('  readonly structs: Readonly<Record<string, readonly FieldSchema[]>>;');
  out.push('}');
  out.push('');
  out.push('export const MESSAGE_SCHEMAS: Readonly<Record<string, MessageSchema>> = {');
  for (const m of messages) {
    const structs: Record<string, unknown> = {};
    for (const [name, s] of m.structs) structs[name] = s.fields.map(fieldJson);
    const schema = {
      name: m.name,
      type: m.type,
      apiKey: m.apiKey,
      validVersions: rangeJson(m.validVersions),
      flexibleVersions: rangeJson(m.flexibleVersions),
      fields: m.fields.map(fieldJson),
      structs,
    };
    out.push(`  ${m.name}: ${JSON.stringify(schema)},`);
  }
  out.push('};');
  return out.join('\n');
}
