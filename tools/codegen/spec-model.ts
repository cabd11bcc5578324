// Reads Kafka's JSON message specs (JSON with `//` comment lines) into a normalised model the
// emitters walk: version ranges as numbers, struct references resolved, defaults parsed.
// The specs' prose ("about") is dropped here so it can never reach generated code.

/** Inclusive version range; `hi` is MAX_VERSION for open-ended ranges like "3+". */
export interface VersionRange {
  lo: number;
  hi: number;
}

export const MAX_VERSION = 0x7fff;

/** validVersions of a message whose spec says "none". */
export const NO_VERSIONS: VersionRange = { lo: 0, hi: -1 };

export type PrimitiveType =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'float64'
  | 'string'
  | 'bytes'
  | 'records'
  | 'uuid';

const PRIMITIVES = new Set<string>([
  'bool',
  'int8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'float64',
  'string',
  'bytes',
  'records',
  'uuid',
]);

export type DefaultValue = number | bigint | boolean | string | null | 'empty';

export interface FieldModel {
  /** Spec name, e.g. "ThrottleTimeMs". */
  name: string;
  /** Property name in generated types, e.g. "throttleTimeMs". */
  prop: string;
  /** Element or value type: a primitive or a struct name. */
  type: string;
  isArray: boolean;
  isStruct: boolean;
  versions: VersionRange | null;
  nullableVersions: VersionRange | null;
  taggedVersions: VersionRange | null;
  tag: number | null;
  /** Field-level override of the message's flexible versions (only RequestHeader.ClientId uses it). */
  flexibleVersions: VersionRange | null | undefined;
  /** Parsed default: numbers, bigint for int64, booleans, strings, null, or 'empty' for arrays/bytes. */
  defaultValue: DefaultValue;
  /** The spec states the default (otherwise defaultValue is the type's zero). */
  explicitDefault: boolean;
  ignorable: boolean;
}

export interface StructModel {
  name: string;
  fields: FieldModel[];
}

export interface MessageModel {
  name: string;
  type: 'request' | 'response' | 'header' | 'data';
  apiKey: number | null;
  validVersions: VersionRange;
  flexibleVersions: VersionRange | null;
  listeners: string[];
  latestVersionUnstable: boolean;
  deprecatedVersions: VersionRange | null;
  fields: FieldModel[];
  /** Every struct of the message (inline and common), by spec name. */
  structs: Map<string, StructModel>;
}

export function parseVersions(spec: string | undefined, what: string): VersionRange | null {
  if (spec === undefined || spec === 'none') return null;
  const open = /^(\d+)\+$/.exec(spec);
  if (open) return { lo: Number(open[1]), hi: MAX_VERSION };
  const closed = /^(\d+)-(\d+)$/.exec(spec);
  if (closed) return { lo: Number(closed[1]), hi: Number(closed[2]) };
  if (/^\d+$/.test(spec)) return { lo: Number(spec), hi: Number(spec) };
  throw new Error(`${what}: cannot parse version range ${JSON.stringify(spec)}`);
}

/** JSON with whole-line and trailing `//` comments (outside strings) to plain JSON. */
export function stripComments(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let inString = false;
    let cut = line.length;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\' && inString) i++;
      else if (c === '"') inString = !inString;
      else if (!inString && c === '/' && line[i + 1] === '/') {
        cut = i;
        break;
      }
    }
    out.push(line.slice(0, cut));
  }
  return out.join('\n');
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number | string;
  flexibleVersions?: string;
  default?: unknown;
  ignorable?: boolean;
  fields?: RawField[];
}

interface RawMessage {
  name: string;
  type: MessageModel['type'];
  apiKey?: number;
  validVersions: string;
  flexibleVersions: string;
  listeners?: string[];
  latestVersionUnstable?: boolean;
  deprecatedVersions?: string;
  fields?: RawField[];
  commonStructs?: Array<{ name: string; fields: RawField[] }>;
}

function parseDefault(
  raw: unknown,
  type: string,
  isArray: boolean,
  isStruct: boolean,
  where: string,
): DefaultValue {
  if (raw === 'null') return null;
  if (isArray || isStruct) {
    if (raw !== undefined) throw new Error(`${where}: unsupported default ${JSON.stringify(raw)}`);
    return 'empty';
  }
  switch (type) {
    case 'bool':
      return raw === undefined ? false : raw === true || raw === 'true';
    case 'int8':
    case 'int16':
    case 'uint16':
    case 'int32':
    case 'uint32':
    case 'float64': {
      if (raw === undefined) return 0;
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (!Number.isFinite(n)) throw new Error(`${where}: bad default ${JSON.stringify(raw)}`);
      return n;
    }
    case 'int64':
      return raw === undefined ? 0n : BigInt(raw as string | number);
    case 'string':
      return raw === undefined ? '' : String(raw);
    case 'bytes':
      return 'empty';
    case 'records':
      return null;
    case 'uuid':
      return '00000000-0000-0000-0000-000000000000';
    default:
      throw new Error(`${where}: unknown type ${type}`);
  }
}

function toField(raw: RawField, message: string, structs: Map<string, StructModel>): FieldModel {
  const where = `${message}.${raw.name}`;
  const isArray = raw.type.startsWith('[]');
  const type = isArray ? raw.type.slice(2) : raw.type;
  const isStruct = !PRIMITIVES.has(type);
  if (isStruct && !/^[A-Z]\w*$/.test(type)) throw new Error(`${where}: unknown type ${raw.type}`);
  if (isStruct && raw.fields) {
    if (structs.has(type)) throw new Error(`${where}: struct ${type} defined twice`);
    // Registered before its fields so that the order of `structs` follows the spec.
    const struct: StructModel = { name: type, fields: [] };
    structs.set(type, struct);
    struct.fields = raw.fields.map((f) => toField(f, message, structs));
  }
  return {
    name: raw.name,
    prop: lowerFirst(raw.name),
    type,
    isArray,
    isStruct,
    versions: parseVersions(raw.versions, where),
    nullableVersions: parseVersions(raw.nullableVersions, where),
    taggedVersions: parseVersions(raw.taggedVersions, where),
    tag: raw.tag === undefined ? null : Number(raw.tag),
    flexibleVersions:
      raw.flexibleVersions === undefined ? undefined : parseVersions(raw.flexibleVersions, where),
    defaultValue: parseDefault(raw.default, type, isArray, isStruct, where),
    explicitDefault: raw.default !== undefined,
    ignorable: raw.ignorable ?? false,
  };
}

export function parseMessage(text: string, file: string): MessageModel {
  const raw = JSON.parse(stripComments(text)) as RawMessage;
  const structs = new Map<string, StructModel>();
  for (const common of raw.commonStructs ?? []) {
    structs.set(common.name, { name: common.name, fields: [] });
  }
  const fields = (raw.fields ?? []).map((f) => toField(f, raw.name, structs));
  for (const common of raw.commonStructs ?? []) {
    const struct = structs.get(common.name)!;
    struct.fields = common.fields.map((f) => toField(f, raw.name, structs));
  }
  // "none": Kafka removed every version of this message (e.g. LeaderAndIsr in 4.0); the merge
  // with an older spec set may still provide them. An empty range marks it.
  const validVersions = parseVersions(raw.validVersions, file) ?? NO_VERSIONS;
  const check = (list: FieldModel[]) => {
    for (const f of list) {
      if (f.isStruct && !structs.has(f.type))
        throw new Error(`${file}: ${f.name} uses unknown struct ${f.type}`);
    }
  };
  check(fields);
  for (const s of structs.values()) check(s.fields);
  return {
    name: raw.name,
    type: raw.type,
    apiKey: raw.apiKey ?? null,
    validVersions,
    flexibleVersions: parseVersions(raw.flexibleVersions, file),
    listeners: raw.listeners ?? [],
    latestVersionUnstable: raw.latestVersionUnstable ?? false,
    deprecatedVersions: parseVersions(raw.deprecatedVersions, file),
    fields,
    structs,
  };
}

export function loadSpecs(files: Map<string, string>): MessageModel[] {
  return [...files.keys()].sort().map((f) => parseMessage(files.get(f)!, f));
}
