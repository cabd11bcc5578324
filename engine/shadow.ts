// Shadow runs: a candidate revision of a policy runs beside its active revision on the same
// payloads, in audit mode (its verdict is never applied), and each pair of verdicts is
// compared record by record. The comparisons go to a sink (the gateway's shadow report).

import type { CheckedRecord } from '../sdk/host/validate.ts';
import { WIRE_BYTES, WIRE_TEXT, type WireBatch } from '../sdk/runtime/wire.ts';
import type { HookName } from '../sdk/types.ts';
import type { Step } from './chain/step.ts';

/** What a verdict did, for comparison: errors are a kind of their own. */
export type ShadowVerdict = 'accept' | 'reject' | 'modify' | 'error';

export interface ShadowComparison {
  policy: string;
  activeRevision: string;
  shadowRevision: string;
  hook: HookName;
  topic: string | null;
  partition: number | null;
  active: ShadowVerdict;
  shadow: ShadowVerdict;
  /** Records the payload had (0 for a request hook). */
  records: number;
  /**
   * Indexes (in the batch) of the records whose fate differs: passed, refused, dropped or
   * changed, and if changed, to different bytes. Every index when a whole request differs.
   */
  differing: number[];
  /** The shadow's refusal message, or the active's when only it refused. */
  reason?: string;
  /**
   * Offsets of the differing records, in `differing` order, once known: at once for a fetch,
   * after the broker's answer for a produce (the runner or the gateway fills them in).
   */
  offsets: number[] | null;
  at: number;
}

export type ShadowSink = (c: ShadowComparison) => void;

/** A record's fate under one verdict: passed unchanged, refused, dropped, or changed into these bytes. */
type Fate = 'pass' | 'refused' | 'dropped' | 'error' | CheckedRecord;

function verdictOf(step: Step): ShadowVerdict {
  return step.kind === 'failure' ? 'error' : step.verdict.kind;
}

function fates(step: Step, records: number, input: WireBatch | undefined): Fate[] {
  if (step.kind === 'failure') return new Array<Fate>(records).fill('error');
  const v = step.verdict;
  if (v.kind === 'accept') return new Array<Fate>(records).fill('pass');
  if (v.kind === 'reject') return new Array<Fate>(records).fill('refused');
  if (!v.records) return new Array<Fate>(records).fill('pass');
  const out = new Array<Fate>(records).fill('dropped');
  for (const r of v.records) {
    if (r.sourceIndex < 0 || r.sourceIndex >= records) continue;
    // A record handed back as it came in has passed unchanged.
    out[r.sourceIndex] = input && sameFate(r, inputRecord(input, r.sourceIndex)) ? 'pass' : r;
  }
  return out;
}

const encoder = new TextEncoder();

function slotBytes(b: WireBatch, at: number): Uint8Array | null {
  const [kind, start, end] = [b.layout[at], b.layout[at + 1], b.layout[at + 2]];
  if (kind === WIRE_BYTES) return b.bytes.subarray(start, end);
  if (kind === WIRE_TEXT) return encoder.encode(b.text.slice(start, end));
  return null;
}

/** Record `i` of a payload's batch as the policy received it. */
function inputRecord(b: WireBatch, i: number): CheckedRecord {
  return {
    sourceIndex: i,
    key: slotBytes(b, i * 6),
    value: slotBytes(b, i * 6 + 3),
    headers: (b.h?.[i] ?? []).map(([key, value]) => ({
      key,
      value: typeof value === 'string' ? encoder.encode(value) : value,
    })),
    timestamp: b.ts[i],
  };
}

const bytesEqual = (a: Uint8Array | null, b: Uint8Array | null) =>
  a === null || b === null ? a === b : Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);

function sameFate(a: Fate, b: Fate): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return (
    bytesEqual(a.key, b.key) &&
    bytesEqual(a.value, b.value) &&
    a.timestamp === b.timestamp &&
    a.headers.length === b.headers.length &&
    a.headers.every((h, i) => h.key === b.headers[i].key && bytesEqual(h.value, b.headers[i].value))
  );
}

/**
 * Compares the active and the shadow step on one payload of `records` records (0: a request);
 * `input` is the payload's batch, so that a record handed back unchanged counts as passed.
 */
export function compareSteps(
  primary: Step,
  shadow: Step,
  records: number,
  input?: WireBatch,
): Pick<ShadowComparison, 'active' | 'shadow' | 'differing' | 'reason'> {
  const active = verdictOf(primary);
  const candidate = verdictOf(shadow);
  let differing: number[];
  if (records === 0) {
    const requestChanged =
      active !== candidate ||
      (primary.kind === 'verdict' &&
        shadow.kind === 'verdict' &&
        primary.verdict.kind === 'modify' &&
        shadow.verdict.kind === 'modify' &&
        JSON.stringify(primary.verdict.request) !== JSON.stringify(shadow.verdict.request));
    differing = requestChanged ? [0] : [];
  } else {
    const a = fates(primary, records, input);
    const b = fates(shadow, records, input);
    differing = [];
    for (let i = 0; i < records; i++) if (!sameFate(a[i], b[i])) differing.push(i);
  }
  const reason = rejection(shadow) ?? rejection(primary);
  return { active, shadow: candidate, differing, ...(reason !== undefined ? { reason } : {}) };
}

function rejection(step: Step): string | undefined {
  if (step.kind === 'failure') return step.message;
  return step.verdict.kind === 'reject' ? step.verdict.message : undefined;
}
