// One answer for any request Sluice refuses: that api's response, at the request's version, with
// the given error code in every error field (top level, per topic, partition, resource, group …),
// the request's keys echoed back (topic names and ids, partition indexes, resource names, group
// and member ids) so the client can tell what was refused, and the spec's defaults everywhere
// else. It is built from the generated schemas, so an api key Kafka adds needs no code here.
//
// Which request list a response list answers is found by the key fields their elements share
// (Produce `topicData[].partitionData[]` ↔ `responses[].partitionResponses[]` share `name` and
// `index`); a request that lists bare keys (DeleteTopics v0-5 `topicNames`) is answered per key;
// a response list that matches nothing stays empty (AlterReplicaLogDirs v0-2, DescribeLogDirs
// v0-2 and AlterUserScramCredentials answer with no entry at all, as they have no top-level error).
import { ProtocolError } from './errors.ts';
import { type FieldSchema, MESSAGE_SCHEMAS, type MessageSchema } from './generated/schemas.ts';
import { ZERO_UUID } from './reader.ts';

type Value = unknown;
type Struct = Record<string, Value>;

/** Properties that name the same thing in a request and its response. */
const ALIASES: readonly (readonly string[])[] = [
  ['partitionIndex', 'partition', 'index'],
  ['name', 'topic', 'topicName'],
];

const isError = (prop: string) => prop === 'errorCode' || prop.endsWith('ErrorCode');
const isErrorMessage = (prop: string) => prop === 'errorMessage' || prop.endsWith('ErrorMessage');

const inRange = (r: readonly [number, number] | null | undefined, v: number) =>
  r != null && v >= r[0] && v <= r[1];

function schemaOf(apiKey: number, type: 'request' | 'response'): MessageSchema {
  for (const s of Object.values(MESSAGE_SCHEMAS)) if (s.apiKey === apiKey && s.type === type) return s;
  throw new ProtocolError('SLUICE_PROTOCOL_UNKNOWN_API', `unknown api key ${apiKey}`, {
    details: { offset: 0, apiKey },
  });
}

interface Side {
  schema: MessageSchema;
  version: number;
}

/** The fields of a struct present (and not tagged) in this version. */
function fieldsIn(side: Side, fields: readonly FieldSchema[]): FieldSchema[] {
  return fields.filter((f) => inRange(f.versions, side.version) && f.tag === null);
}

function structFields(side: Side, f: FieldSchema): readonly FieldSchema[] {
  return side.schema.structs[f.type] ?? [];
}

/** The request's value for a response property, by the same name or an alias, if its type matches. */
function echoed(prop: string, type: string, reqFields: FieldSchema[], req: Struct | undefined): Value {
  if (!req) return undefined;
  const names = ALIASES.find((a) => a.includes(prop)) ?? [prop];
  for (const f of reqFields) {
    if (!f.array && !f.struct && f.type === type && names.includes(f.prop) && req[f.prop] !== undefined) {
      return req[f.prop];
    }
  }
  return undefined;
}

function keyNames(side: Side, fields: readonly FieldSchema[]): Set<string> {
  const out = new Set<string>();
  for (const f of fieldsIn(side, fields)) {
    if (f.array || f.struct || isError(f.prop) || isErrorMessage(f.prop)) continue;
    for (const n of ALIASES.find((a) => a.includes(f.prop)) ?? [f.prop]) out.add(n);
  }
  return out;
}

/**
 * The request list a response list answers: the one whose elements share the most key fields;
 * or, when the response's elements have no key at all (CreateAcls results), the request's only
 * list, element for element.
 */
function matchingList(
  res: Side,
  f: FieldSchema,
  req: Side,
  reqFields: FieldSchema[],
): FieldSchema | undefined {
  const wanted = keyNames(res, structFields(res, f));
  const lists = reqFields.filter((r) => r.array && r.struct);
  if (wanted.size === 0) return lists.length === 1 ? lists[0] : undefined;
  let best: FieldSchema | undefined;
  let bestScore = 0;
  for (const r of lists) {
    const theirs = keyNames(req, structFields(req, r));
    let score = 0;
    for (const n of theirs) if (wanted.has(n)) score++;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A request that lists bare keys instead of structs (DeleteTopics v0-5 `topicNames`, OffsetFetch
 * v0-1 `partitionIndexes`): the one primitive list of the type of the response element's first
 * key field, and that field.
 */
function bareKeys(
  res: Side,
  elementFields: readonly FieldSchema[],
  reqFields: FieldSchema[],
  reqValue: Struct | undefined,
): { field: FieldSchema; values: unknown[] } | undefined {
  const key = fieldsIn(res, elementFields).find(
    (f) => !f.array && !f.struct && !isError(f.prop) && !isErrorMessage(f.prop),
  );
  if (!key) return undefined;
  const lists = reqFields.filter((r) => r.array && !r.struct && r.type === key.type);
  if (lists.length !== 1) return undefined;
  const values = reqValue?.[lists[0].prop] as unknown[] | null | undefined;
  return values ? { field: key, values } : undefined;
}

/** Offsets and times the spec gives no default for: Kafka writes an unknown one as -1. */
const UNKNOWN_INT64 = /(Offset|TimeMs|Timestamp)$/;

function defaultOf(f: FieldSchema, version: number): Value {
  const nullable = inRange(f.nullableVersions, version);
  if (f.default !== undefined) {
    if (f.default === null) return nullable ? null : emptyOf(f);
    return f.type === 'int64' ? BigInt(f.default as string | number) : f.default;
  }
  if (f.type === 'int64' && UNKNOWN_INT64.test(f.name)) return -1n;
  return nullable && (f.type === 'string' || f.type === 'bytes' || f.type === 'records') ? null : emptyOf(f);
}

function emptyOf(f: FieldSchema): Value {
  switch (f.type) {
    case 'bool':
      return false;
    case 'int64':
      return 0n;
    case 'string':
      return '';
    case 'uuid':
      return ZERO_UUID;
    case 'bytes':
    case 'records':
      return Buffer.alloc(0);
    default:
      return 0;
  }
}

function build(
  res: Side,
  fields: readonly FieldSchema[],
  req: Side,
  reqFields: FieldSchema[],
  reqValue: Struct | undefined,
  errorCode: number,
  errorMessage: string | null,
): Struct {
  const out: Struct = {};
  for (const f of fieldsIn(res, fields)) {
    const nullable = inRange(f.nullableVersions, res.version);
    if (f.array && f.struct) {
      const elementFields = structFields(res, f);
      const list = matchingList(res, f, req, reqFields);
      if (list) {
        const elements = (reqValue?.[list.prop] as Struct[] | null | undefined) ?? [];
        const inner = fieldsIn(req, structFields(req, list));
        out[f.prop] = elements.map((e) => build(res, elementFields, req, inner, e, errorCode, errorMessage));
        continue;
      }
      const bare = bareKeys(res, elementFields, reqFields, reqValue);
      out[f.prop] = bare
        ? bare.values.map((v) =>
            build(res, elementFields, req, [bare.field], { [bare.field.prop]: v }, errorCode, errorMessage),
          )
        : nullable
          ? null
          : [];
      continue;
    }
    if (f.struct) {
      const same = reqFields.find((r) => r.struct && !r.array && r.prop === f.prop);
      const inner = same ? fieldsIn(req, structFields(req, same)) : [];
      const value = same ? (reqValue?.[same.prop] as Struct | undefined) : undefined;
      out[f.prop] = build(res, structFields(res, f), req, inner, value, errorCode, errorMessage);
      continue;
    }
    if (f.array) {
      out[f.prop] = nullable ? null : [];
      continue;
    }
    if (isError(f.prop) && f.type === 'int16') {
      out[f.prop] = errorCode;
    } else if (isErrorMessage(f.prop) && f.type === 'string') {
      out[f.prop] = errorMessage ?? (nullable ? null : '');
    } else {
      out[f.prop] = echoed(f.prop, f.type, reqFields, reqValue) ?? defaultOf(f, res.version);
    }
  }
  return out;
}

/**
 * The response body refusing `request` (a decoded body of `apiKey`/`apiVersion`) with `errorCode`
 * and, where the response has a message field, `errorMessage`.
 */
export function errorResponse(
  apiKey: number,
  apiVersion: number,
  request: unknown,
  errorCode: number,
  errorMessage: string | null,
): Struct {
  const res: Side = { schema: schemaOf(apiKey, 'response'), version: apiVersion };
  const req: Side = { schema: schemaOf(apiKey, 'request'), version: apiVersion };
  return build(
    res,
    res.schema.fields,
    req,
    fieldsIn(req, req.schema.fields),
    request as Struct | undefined,
    errorCode,
    errorMessage,
  );
}
