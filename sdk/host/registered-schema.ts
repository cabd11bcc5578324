// A registered schema as the host hands it to a policy (the `schemas.get` capability): JSON
// schemas are compiled here, outside any isolate, so a policy needs no schema compiler; what
// cannot be prepared is said in `problem` rather than thrown, because the schema exists and a
// policy decides what a record under it gets. Shared by the gateway's registry source and the
// local test harness, so policy unit tests see what the gateway gives.
import type { WireRegisteredSchema } from '../runtime/wire.ts';
import type { SchemaSubjectVersion } from '../types.ts';
import { compileJsonSchema } from './json-schema-compile.ts';

export interface SchemaToPrepare {
  readonly id: number;
  readonly type: 'AVRO' | 'JSON' | 'PROTOBUF';
  readonly schema: string;
  readonly subjects?: readonly SchemaSubjectVersion[];
  /** Names of referenced schemas (Confluent `references`), which are not resolved yet. */
  readonly references?: readonly string[];
}

export function prepareRegisteredSchema(s: SchemaToPrepare): WireRegisteredSchema {
  const base = {
    id: s.id,
    type: s.type,
    schema: s.schema,
    ...(s.subjects === undefined
      ? {}
      : { subjects: s.subjects.map((x) => ({ subject: x.subject, version: x.version })) }),
  };
  if (s.references !== undefined && s.references.length > 0) {
    return {
      ...base,
      problem: `schema ${s.id} references other schemas (${s.references.join(', ')}), which Sluice does not resolve`,
    };
  }
  if (s.type !== 'JSON') return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(s.schema);
  } catch {
    return { ...base, problem: `schema ${s.id} is not JSON` };
  }
  // `true` / `false` are valid JSON Schemas too; the compiler takes objects only.
  if (parsed === true) parsed = {};
  if (parsed === false) parsed = { not: {} };
  try {
    return { ...base, compiled: compileJsonSchema(parsed, { strict: false }) };
  } catch (e) {
    return { ...base, problem: `schema ${s.id} does not compile: ${(e as Error).message}` };
  }
}
