// Emits the TypeScript types, decoders and encoders of one message spec. The output is
// straight-line code: one read/write function per struct, version checks folded away where
// a struct's versions make them constant, array loops inline (no per-field closures).
import {
  type DefaultValue,
  type FieldModel,
  MAX_VERSION,
  type MessageModel,
  type VersionRange,
} from './spec-model.ts';

// --- Version ranges.

function intersect(a: VersionRange | null, b: VersionRange | null): VersionRange | null {
  if (!a || !b) return null;
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}

function hull(a: VersionRange | undefined, b: VersionRange): VersionRange {
  return a ? { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi) } : b;
}

function covers(outer: VersionRange | null, inner: VersionRange): boolean {
  return outer !== null && outer.lo <= inner.lo && outer.hi >= inner.hi;
}

/** A JS condition on `version` that is true exactly for `range`, given that `version` is within `ctx`. */
function cond(range: VersionRange | null, ctx: VersionRange): string {
  const r = intersect(range, ctx);
  if (!r) return 'false';
  const parts: string[] = [];
  if (r.lo > ctx.lo) parts.push(`version >= ${r.lo}`);
  if (r.hi < ctx.hi) parts.push(`version <= ${r.hi}`);
  return parts.length === 0 ? 'true' : parts.join(' && ');
}

function pick(condition: string, whenTrue: string, whenFalse: string): string {
  if (condition === 'true') return whenTrue;
  if (condition === 'false') return whenFalse;
  return `(${condition} ? ${whenTrue} : ${whenFalse})`;
}

export function rangeText(r: VersionRange | null): string {
  if (!r) return 'none';
  if (r.hi === MAX_VERSION) return `${r.lo}+`;
  return r.lo === r.hi ? `${r.lo}` : `${r.lo}-${r.hi}`;
}

// --- Naming.

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

class Code {
  readonly lines: string[] = [];
  #indent = 0;
  line(text = ''): this {
    this.lines.push(text === '' ? '' : '  '.repeat(this.#indent) + text);
    return this;
  }
  open(text: string): this {
    this.line(text);
    this.#indent++;
    return this;
  }
  /** Indents without printing (after a `} else {` written by close). */
  indent(): this {
    this.#indent++;
    return this;
  }
  dedent(): this {
    this.#indent--;
    return this;
  }
  close(text = '}'): this {
    this.#indent--;
    return this.line(text);
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

const TS_TYPES: Record<string, string> = {
  bool: 'boolean',
  int8: 'number',
  int16: 'number',
  uint16: 'number',
  int32: 'number',
  uint32: 'number',
  int64: 'bigint',
  float64: 'number',
  string: 'string',
  bytes: 'Buffer',
  records: 'Buffer',
  uuid: 'Uuid',
};

const FIXED_READ: Record<string, string> = {
  bool: 'readBoolean',
  int8: 'readInt8',
  int16: 'readInt16',
  uint16: 'readUInt16',
  int32: 'readInt32',
  uint32: 'readUInt32',
  int64: 'readInt64',
  float64: 'readFloat64',
  uuid: 'readUuid',
};

const FIXED_WRITE: Record<string, string> = {
  bool: 'appendBoolean',
  int8: 'appendInt8',
  int16: 'appendInt16',
  uint16: 'appendUInt16',
  int32: 'appendInt32',
  uint32: 'appendUInt32',
  int64: 'appendInt64',
  float64: 'appendFloat64',
  uuid: 'appendUuid',
};

// Reader/Writer method names per variable-length type: [plain, nullable, compact, compact nullable].
const VARIABLE_READ: Record<string, [string, string, string, string]> = {
  string: ['readString', 'readNullableString', 'readCompactString', 'readCompactNullableString'],
  bytes: ['readSizedBytes', 'readNullableSizedBytes', 'readCompactBytes', 'readCompactNullableBytes'],
  records: ['readSizedBytes', 'readNullableSizedBytes', 'readCompactBytes', 'readCompactNullableBytes'],
};

const VARIABLE_WRITE: Record<string, [string, string, string, string]> = {
  string: ['appendString', 'appendNullableString', 'appendCompactString', 'appendCompactNullableString'],
  bytes: ['appendSizedBytes', 'appendNullableSizedBytes', 'appendCompactBytes', 'appendCompactNullableBytes'],
  records: [
    'appendSizedBytes',
    'appendNullableSizedBytes',
    'appendCompactBytes',
    'appendCompactNullableBytes',
  ],
};

export interface EmittedMessage {
  /** The TypeScript source for this message (no file header, no imports). */
  code: string;
  /** Runtime names this code needs from outside: 'Writer', 'TaggedField', 'EMPTY_BYTES', 'ZERO_UUID', ... */
  needs: Set<string>;
  typeName: string;
  decodeName: string;
  encodeName: string;
  /** Struct count and codec function count, for the generator's report. */
  structCount: number;
}

interface StructInfo {
  typeName: string;
  fields: FieldModel[];
  ctx: VersionRange;
}

/** Emits everything for one message; `message.name` becomes the top-level type name. */
export function emitMessage(message: MessageModel): EmittedMessage {
  const prefix = message.name;
  const flexibleVersions = message.flexibleVersions;
  const needs = new Set<string>(['Reader', 'Writer', 'unsupportedVersion']);
  const structs = new Map<string, StructInfo>();

  // 1. Which versions each struct is used in (the hull over every place it appears).
  const visit = (fields: FieldModel[], ctx: VersionRange) => {
    for (const f of fields) {
      if (!f.isStruct) continue;
      const fieldCtx = intersect(ctx, f.versions);
      if (!fieldCtx) continue;
      const spec = message.structs.get(f.type)!;
      const known = structs.get(f.type);
      const next = hull(known?.ctx, fieldCtx);
      if (known && known.ctx.lo === next.lo && known.ctx.hi === next.hi) continue;
      structs.set(f.type, { typeName: `${prefix}${f.type}`, fields: spec.fields, ctx: next });
      visit(spec.fields, next);
    }
  };
  visit(message.fields, message.validVersions);

  // 2. Structs that need a default value (single struct fields) and a default check (tagged ones).
  const needsDefault = new Set<string>();
  const markDefault = (name: string) => {
    if (needsDefault.has(name) || !structs.has(name)) return;
    needsDefault.add(name);
    for (const f of structs.get(name)!.fields) if (f.isStruct && !f.isArray) markDefault(f.type);
  };
  const scanDefaults = (fields: FieldModel[]) => {
    for (const f of fields) if (f.isStruct && !f.isArray && f.defaultValue !== null) markDefault(f.type);
  };
  scanDefaults(message.fields);
  for (const s of structs.values()) scanDefaults(s.fields);

  const typeOf = (f: FieldModel): string => {
    const base = f.isStruct ? (structs.get(f.type)?.typeName ?? `${prefix}${f.type}`) : TS_TYPES[f.type];
    if (!base) throw new Error(`${message.name}.${f.name}: no TypeScript type for ${f.type}`);
    return f.isArray ? `${base}[]` : base;
  };

  const isNullableIn = (f: FieldModel, ctx: VersionRange) => intersect(f.nullableVersions, ctx) !== null;

  const defaultExpr = (f: FieldModel, value: DefaultValue = f.defaultValue): string => {
    if (value === null) return 'null';
    if (f.isArray) return '[]';
    if (f.isStruct) return `default${structs.get(f.type)!.typeName}(version)`;
    if (value === 'empty') {
      needs.add('EMPTY_BYTES');
      return 'EMPTY_BYTES';
    }
    if (f.type === 'uuid') {
      needs.add('ZERO_UUID');
      return 'ZERO_UUID';
    }
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'string') return JSON.stringify(value);
    return String(value);
  };

  /** A condition that is true when `x` differs from the field's default (for tagged fields). */
  const nonDefault = (f: FieldModel, x: string, ctx: VersionRange): string => {
    const nullable = isNullableIn(f, ctx);
    if (f.defaultValue === null) return `${x} !== null`;
    if (f.isArray || f.type === 'bytes')
      return nullable ? `(${x} === null || ${x}.length > 0)` : `${x}.length > 0`;
    if (f.isStruct) {
      const check = `!isDefault${structs.get(f.type)!.typeName}(${x}, version)`;
      return nullable ? `(${x} === null || ${check})` : check;
    }
    return `${x} !== ${defaultExpr(f)}`;
  };

  const compactCond = (f: FieldModel, ctx: VersionRange) =>
    cond(f.flexibleVersions === undefined ? flexibleVersions : f.flexibleVersions, ctx);

  // --- Decoding.

  /** Statements that read field `f` (present in `ctx`) from reader `r` into `dst`. */
  const readField = (code: Code, f: FieldModel, ctx: VersionRange, r: string, dst: string) => {
    const compact = compactCond(f, ctx);
    const nullable = cond(f.nullableVersions, ctx);
    if (f.isArray) {
      const length = pick(
        compact,
        pick(nullable, `${r}.readCompactNullableArrayLength()`, `${r}.readCompactArrayLength()`),
        pick(nullable, `${r}.readNullableArrayLength()`, `${r}.readArrayLength()`),
      );
      const element = f.isStruct
        ? `read${structs.get(f.type)!.typeName}(${r}, version)`
        : readScalar(f.type, compact, 'false', r);
      const elementType = f.isStruct ? structs.get(f.type)!.typeName : TS_TYPES[f.type];
      code.open('{');
      code.line(`const n = ${length};`);
      if (nullable !== 'false')
        code.open('if (n === -1) {').line(`${dst} = null;`).close('} else {').indent();
      code.line(`const a = new Array<${elementType}>(n);`);
      code.line(`for (let i = 0; i < n; i++) a[i] = ${element};`);
      code.line(`${dst} = a;`);
      if (nullable !== 'false') code.close('}');
      code.close();
      return;
    }
    if (f.isStruct) {
      const read = `read${structs.get(f.type)!.typeName}(${r}, version)`;
      // Nullable structs carry a presence byte: -1 for null, 1 for a value.
      code.line(`${dst} = ${pick(nullable, `${r}.readInt8() < 0 ? null : ${read}`, read)};`);
      return;
    }
    code.line(`${dst} = ${readScalar(f.type, compact, nullable, r)};`);
  };

  const readScalar = (type: string, compact: string, nullable: string, r: string): string => {
    const fixed = FIXED_READ[type];
    if (fixed) return `${r}.${fixed}()`;
    const [plain, plainNull, compactPlain, compactNull] = VARIABLE_READ[type];
    return pick(
      compact,
      pick(nullable, `${r}.${compactNull}()`, `${r}.${compactPlain}()`),
      pick(nullable, `${r}.${plainNull}()`, `${r}.${plain}()`),
    );
  };

  // --- Encoding.

  const writeScalar = (
    type: string,
    compact: string,
    nullable: string,
    w: string,
    x: string,
    xMayBeNull: boolean,
  ): string => {
    const fixed = FIXED_WRITE[type];
    if (fixed) return `${w}.${fixed}(${x})`;
    const [plain, plainNull, compactPlain, compactNull] = VARIABLE_WRITE[type];
    const nonNull = xMayBeNull ? `${x}!` : x;
    return pick(
      compact,
      pick(nullable, `${w}.${compactNull}(${x})`, `${w}.${compactPlain}(${nonNull})`),
      pick(nullable, `${w}.${plainNull}(${x})`, `${w}.${plain}(${nonNull})`),
    );
  };

  /** Statements that write value `x` of field `f` (present in `ctx`) with writer `w`. */
  const writeField = (code: Code, f: FieldModel, ctx: VersionRange, w: string, x: string) => {
    const compact = compactCond(f, ctx);
    const nullable = cond(f.nullableVersions, ctx);
    const mayBeNull = f.nullableVersions !== null;
    const nn = mayBeNull ? `${x}!` : x;
    if (f.isArray) {
      if (nullable !== 'false') {
        code.open(`if (${x} === null) {`);
        code.line(`${pick(compact, `${w}.appendUnsignedVarInt(0)`, `${w}.appendInt32(-1)`)};`);
        code.close('} else {').indent();
      }
      code.line(
        `${pick(compact, `${w}.appendCompactArrayLength(${nn}.length)`, `${w}.appendArrayLength(${nn}.length)`)};`,
      );
      const element = f.isStruct
        ? `write${structs.get(f.type)!.typeName}(${w}, version, ${nn}[i])`
        : writeScalar(f.type, compact, 'false', w, `${nn}[i]`, false);
      code.line(`for (let i = 0; i < ${nn}.length; i++) ${element};`);
      if (nullable !== 'false') code.close('}');
      return;
    }
    if (f.isStruct) {
      const write = `write${structs.get(f.type)!.typeName}(${w}, version, ${nn});`;
      if (nullable !== 'false') {
        code.open(`if (${x} === null) {`).line(`${w}.appendInt8(-1);`).close('} else {').indent();
        code.line(`${w}.appendInt8(1);`).line(write).close('}');
      } else {
        code.line(write);
      }
      return;
    }
    code.line(`${writeScalar(f.type, compact, nullable, w, x, mayBeNull)};`);
  };

  // --- Per struct.

  const code = new Code();
  const allStructs: StructInfo[] = [
    { typeName: message.name, fields: message.fields, ctx: message.validVersions },
    ...structs.values(),
  ];

  for (const s of allStructs) {
    const flexible = cond(flexibleVersions, s.ctx);
    // Types.
    code.open(`export interface ${s.typeName} {`);
    for (const f of s.fields) {
      const present = intersect(f.versions, s.ctx);
      if (!present) continue;
      const required = f.tag === null && covers(f.versions, s.ctx);
      const nullable = isNullableIn(f, s.ctx);
      const notes = [`versions ${rangeText(present)}`];
      if (f.nullableVersions) notes.push(`nullable ${rangeText(intersect(f.nullableVersions, present))}`);
      if (f.tag !== null) notes.push(`tag ${f.tag}`);
      code.line(`/** ${notes.join(', ')} */`);
      code.line(`${f.prop}${required ? '' : '?'}: ${typeOf(f)}${nullable ? ' | null' : ''};`);
    }
    if (flexible !== 'false') {
      needs.add('TaggedField');
      code.line(
        '/** Tagged fields this version of Sluice does not know, kept so re-encoding is byte-identical. */',
      );
      code.line('_unknownTaggedFields?: TaggedField[];');
    }
    code.close().line();
  }

  for (const s of allStructs) {
    const flexible = cond(flexibleVersions, s.ctx);
    const present = (f: FieldModel) => intersect(f.versions, s.ctx) !== null;
    const regular = s.fields.filter((f) => present(f) && f.tag === null);
    const tagged = s.fields.filter((f) => present(f) && f.tag !== null).sort((a, b) => a.tag! - b.tag!);
    if (tagged.length > 0 && flexible === 'false') {
      throw new Error(`${message.name}: tagged fields in ${s.typeName} outside flexible versions`);
    }

    // Decoder.
    code.open(`function read${s.typeName}(r: Reader, version: number): ${s.typeName} {`);
    code.line(`const out = {} as ${s.typeName};`);
    for (const f of regular) {
      const c = cond(f.versions, s.ctx);
      const fctx = intersect(f.versions, s.ctx)!;
      if (c === 'true') readField(code, f, fctx, 'r', `out.${f.prop}`);
      else {
        code.open(`if (${c}) {`);
        readField(code, f, fctx, 'r', `out.${f.prop}`);
        code.close();
      }
    }
    if (flexible !== 'false') {
      if (flexible !== 'true') code.open(`if (${flexible}) {`);
      // Inside the tagged section only flexible versions remain, which folds most checks away.
      const tagCtx = intersect(flexibleVersions, s.ctx)!;
      for (const f of tagged) {
        const c = cond(f.taggedVersions, tagCtx);
        const fctx = intersect(f.taggedVersions, tagCtx)!;
        const assign = `out.${f.prop} = ${defaultExprIn(f, fctx)};`;
        code.line(c === 'true' ? assign : `if (${c}) ${assign}`);
      }
      code.line('const tagCount = r.readUnsignedVarInt();');
      code.open('for (let t = 0; t < tagCount; t++) {');
      code.line('const tag = r.readUnsignedVarInt();');
      code.line('const size = r.readUnsignedVarInt();');
      let first = true;
      for (const f of tagged) {
        const c = cond(f.taggedVersions, tagCtx);
        const fctx = intersect(f.taggedVersions, tagCtx)!;
        code.open(`${first ? '' : '} else '}if (tag === ${f.tag}${c === 'true' ? '' : ` && ${c}`}) {`);
        code.line('const tr = r.subReader(size);');
        readField(code, f, fctx, 'tr', `out.${f.prop}`);
        code.line(`tr.expectEnd('${s.typeName}.${f.prop}');`);
        code.dedent();
        first = false;
      }
      if (first) {
        code.line('(out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });');
      } else {
        code.open('} else {');
        code.line('(out._unknownTaggedFields ??= []).push({ tag, data: r.readBytes(size) });');
        code.close();
      }
      code.close();
      if (flexible !== 'true') code.close();
    }
    code.line('return out;');
    code.close().line();

    // Encoder.
    code.open(`function write${s.typeName}(w: Writer, version: number, v: ${s.typeName}): void {`);
    for (const f of regular) {
      const c = cond(f.versions, s.ctx);
      const fctx = intersect(f.versions, s.ctx)!;
      const required = covers(f.versions, s.ctx);
      if (c !== 'true') code.open(`if (${c}) {`);
      if (required) writeField(code, f, fctx, 'w', `v.${f.prop}`);
      else {
        code.open('{');
        code.line(`const x = v.${f.prop} === undefined ? ${defaultExprIn(f, fctx)} : v.${f.prop};`);
        writeField(code, f, fctx, 'w', 'x');
        code.close();
      }
      if (c !== 'true') code.close();
    }
    if (flexible !== 'false') {
      if (flexible !== 'true') code.open(`if (${flexible}) {`);
      if (tagged.length > 0) {
        needs.add('TaggedField');
        code.line('let tagged: TaggedField[] | undefined;');
        const tagCtx = intersect(flexibleVersions, s.ctx)!;
        for (const f of tagged) {
          const c = cond(f.taggedVersions, tagCtx);
          const fctx = intersect(f.taggedVersions, tagCtx)!;
          code.open(`${c === 'true' ? '' : `if (${c}) `}{`);
          code.line(`const x = v.${f.prop};`);
          code.open(`if (x !== undefined && ${nonDefault(f, 'x', fctx)}) {`);
          needs.add('new Writer');
          code.line('const tw = new Writer(64);');
          writeField(code, f, fctx, 'tw', 'x');
          code.line(`(tagged ??= []).push({ tag: ${f.tag}, data: tw.buffer });`);
          code.close();
          code.close();
        }
        needs.add('writeTaggedFields');
        code.line('writeTaggedFields(w, tagged, v._unknownTaggedFields);');
      } else {
        needs.add('writeTaggedFields');
        code.line('writeTaggedFields(w, undefined, v._unknownTaggedFields);');
      }
      if (flexible !== 'true') code.close();
    }
    code.close().line();
  }

  // Default values and default checks for structs used as single (non-array) fields.
  for (const name of needsDefault) {
    const s = structs.get(name)!;
    code.open(`function default${s.typeName}(version: number): ${s.typeName} {`);
    code.line(`const out = {} as ${s.typeName};`);
    for (const f of s.fields) {
      const range = f.tag === null ? f.versions : f.taggedVersions;
      const fctx = intersect(range, s.ctx);
      if (!fctx) continue;
      const c = cond(range, s.ctx);
      const assign = `out.${f.prop} = ${defaultExprIn(f, fctx)};`;
      code.line(c === 'true' ? assign : `if (${c}) ${assign}`);
    }
    code.line('return out;');
    code.close().line();

    code.open(`function isDefault${s.typeName}(v: ${s.typeName}, version: number): boolean {`);
    for (const f of s.fields) {
      const range = f.tag === null ? f.versions : f.taggedVersions;
      const fctx = intersect(range, s.ctx);
      if (!fctx) continue;
      const c = cond(range, s.ctx);
      code.open('{');
      code.line(`const x = v.${f.prop};`);
      code.line(
        `if (${c === 'true' ? '' : `${c} && `}x !== undefined && ${nonDefault(f, 'x', fctx)}) return false;`,
      );
      code.close();
    }
    if (cond(flexibleVersions, s.ctx) !== 'false') {
      code.line(
        'if (v._unknownTaggedFields !== undefined && v._unknownTaggedFields.length > 0) return false;',
      );
    }
    code.line('return true;');
    code.close().line();
  }

  // Exported entry points with the version check.
  const { lo, hi } = message.validVersions;
  const decodeName = `decode${message.name}`;
  const encodeName = `encode${message.name}`;
  code.open(`export function ${decodeName}(r: Reader, version: number): ${message.name} {`);
  code.line(
    `if (version < ${lo} || version > ${hi}) throw unsupportedVersion('${message.name}', version, ${lo}, ${hi});`,
  );
  code.line(`return read${message.name}(r, version);`);
  code.close().line();
  code.open(`export function ${encodeName}(w: Writer, version: number, value: ${message.name}): void {`);
  code.line(
    `if (version < ${lo} || version > ${hi}) throw unsupportedVersion('${message.name}', version, ${lo}, ${hi});`,
  );
  code.open('try {');
  code.line(`write${message.name}(w, version, value);`);
  code.close('} catch (error) {').indent();
  code.line(`throw invalidMessage('${message.name}', version, error);`);
  code.close();
  code.close();

  return {
    code: code.toString(),
    needs,
    typeName: message.name,
    decodeName,
    encodeName,
    structCount: structs.size + 1,
  };

  /** The default, but `null` only where the field is nullable (Kafka defaults e.g. tagged strings to null). */
  function defaultExprIn(f: FieldModel, ctx: VersionRange): string {
    if (f.defaultValue === null && !isNullableIn(f, ctx)) {
      throw new Error(`${message.name}.${f.name}: default null but not nullable in ${rangeText(ctx)}`);
    }
    return defaultExpr(f);
  }
}
