// Merges two sets of specs: an older one (more old versions) and a newer one (more new
// versions), e.g. the shared 3.x-era specs and the specs inside the kafka-clients jar of the
// Kafka release the tests run. Kafka 4.0 dropped old versions from validVersions but kept the
// field definitions, so the newer spec usually still describes the old versions exactly. The
// merge takes the newer spec with the union of valid versions, and proves it safe by
// comparing the wire layout of every older version as each spec describes it.
import { type FieldModel, type MessageModel, NO_VERSIONS, type VersionRange } from './spec-model.ts';

const inRange = (r: VersionRange | null | undefined, v: number) => r != null && v >= r.lo && v <= r.hi;
const isEmpty = (r: VersionRange) => r.hi < r.lo;

/** A string that is equal for two specs exactly when version `v` has the same bytes on the wire. */
export function wireLayout(message: MessageModel, v: number): string {
  const flexible = inRange(message.flexibleVersions, v);
  const layout = (fields: FieldModel[], depth: number): string => {
    if (depth > 16) throw new Error(`${message.name}: structs nest too deeply`);
    return fields
      .filter((f) => inRange(f.versions, v))
      .map((f) => {
        const compact = f.flexibleVersions === undefined ? flexible : inRange(f.flexibleVersions, v);
        const parts = [
          f.isArray ? '[]' : '',
          f.isStruct ? `{${layout(message.structs.get(f.type)!.fields, depth + 1)}}` : f.type,
          inRange(f.nullableVersions, v) ? '?' : '',
          compact ? 'c' : '',
          inRange(f.taggedVersions, v) ? `#${f.tag}=${String(f.defaultValue)}` : '',
        ];
        return parts.join('');
      })
      .join(',');
  };
  return `${flexible ? 'flex' : 'fixed'}(${layout(message.fields, 0)})`;
}

export interface MergeResult {
  messages: MessageModel[];
  /** What the merge did, one line per message it changed, for the generator's output. */
  notes: string[];
}

/** Requests and responses are matched by api key (Kafka renames some, e.g. ListClientMetricsResources → ListConfigResources), other messages by name. */
const identity = (m: MessageModel) => (m.apiKey === null ? m.name : `${m.type}:${m.apiKey}`);

export function mergeSpecs(older: MessageModel[], newer: MessageModel[]): MergeResult {
  const byIdentity = new Map(older.map((m) => [identity(m), m]));
  // Api key → the latest version, for requests whose older spec says that version is unstable.
  const unstable = new Map(
    older
      .filter((m) => m.type === 'request' && m.apiKey !== null && m.latestVersionUnstable)
      .map((m) => [m.apiKey!, m.validVersions.hi]),
  );
  const notes: string[] = [];
  const out: MessageModel[] = [];
  for (const n of newer) {
    const o = byIdentity.get(identity(n));
    byIdentity.delete(identity(n));
    if (!o || isEmpty(o.validVersions)) {
      out.push(n);
      continue;
    }
    if (o.name !== n.name) notes.push(`${o.name}: renamed ${n.name} in the newer specs`);
    if (isEmpty(n.validVersions)) {
      notes.push(
        `${n.name}: removed in the newer specs, kept at ${o.validVersions.lo}-${o.validVersions.hi}`,
      );
      out.push(o);
      continue;
    }
    // Versions the older spec describes differently from the newer one (Kafka sometimes deletes
    // the fields of versions it dropped) stay out: the newer spec's layout is the one real 4.x
    // brokers speak. A disagreement on a version both still list is a hard error, unless the
    // older release called that version unstable.
    let lo = Math.min(o.validVersions.lo, n.validVersions.lo);
    for (let v = o.validVersions.lo; v <= o.validVersions.hi; v++) {
      const previewDropped = o.apiKey !== null && unstable.get(o.apiKey) === v && v < n.validVersions.lo;
      if (previewDropped) {
        // An unstable (preview) version the newer release no longer lists never shipped.
        notes.push(`${n.name} v${v}: unstable in the older specs and gone from the newer; dropped`);
        lo = v + 1;
        continue;
      }
      const a = wireLayout(o, v);
      const b = wireLayout(n, v);
      if (a === b) continue;
      if (v >= n.validVersions.lo) {
        if (o.apiKey !== null && unstable.get(o.apiKey) === v) {
          // The older release marked this version unstable (a preview): its layout was no promise.
          notes.push(`${n.name} v${v}: unstable in the older specs; the newer layout is kept`);
          continue;
        }
        throw new Error(`${n.name} v${v}: the two spec sets disagree on the wire layout:\n  ${a}\n  ${b}`);
      }
      lo = v + 1;
    }
    const hi = Math.max(o.validVersions.hi, n.validVersions.hi);
    if (lo !== n.validVersions.lo || hi !== n.validVersions.hi) {
      const dropped =
        lo > o.validVersions.lo ? `; older layout of v${o.validVersions.lo}-${lo - 1} not kept` : '';
      notes.push(
        `${n.name}: ${lo}-${hi} (older ${o.validVersions.lo}-${o.validVersions.hi}, newer ${n.validVersions.lo}-${n.validVersions.hi}${dropped})`,
      );
    }
    out.push({ ...n, validVersions: { lo, hi } });
  }
  for (const o of byIdentity.values()) out.push(o);
  return { messages: out.filter((m) => m.validVersions !== NO_VERSIONS && !isEmpty(m.validVersions)), notes };
}
