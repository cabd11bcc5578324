// Whether a Produce response (v10+) carries top-level tagged fields, found by walking its bytes
// instead of decoding it. KIP-951 puts broker addresses (NodeEndpoints, tag 0) there, and only
// when a partition answered NOT_LEADER_OR_FOLLOWER; every other response has none, so the proxy
// that must rewrite those addresses can pass the frame on untouched without building objects
// for every topic and partition (decoding cost 8 % of the gateway's CPU on produce).
//
// ProduceResponse v9+ (flexible), body only:
//   responses COMPACT_ARRAY: name COMPACT_STRING (v9-12) | topic_id UUID (v13+)
//     partition_responses COMPACT_ARRAY: index INT32, error_code INT16, base_offset INT64,
//       log_append_time_ms INT64, log_start_offset INT64,
//       record_errors COMPACT_ARRAY: batch_index INT32, message COMPACT_NULLABLE_STRING, TAG_BUFFER
//       error_message COMPACT_NULLABLE_STRING, TAG_BUFFER
//     TAG_BUFFER
//   throttle_time_ms INT32
//   TAG_BUFFER   ← node_endpoints (tag 0, v10+)
import { Reader } from './reader.ts';

const PARTITION_FIXED = 4 + 2 + 8 + 8 + 8;
const TOPIC_ID = 16;
const RECORD_ERROR_FIXED = 4;
const THROTTLE = 4;

/** Skips a compact (nullable) string or bytes: an unsigned varint of length + 1, then the bytes. */
function skipCompact(r: Reader): void {
  const n = r.readUnsignedVarInt();
  if (n > 1) r.skip(n - 1);
}

function skipTags(r: Reader): void {
  const count = r.readUnsignedVarInt();
  for (let i = 0; i < count; i++) {
    r.readUnsignedVarInt();
    r.skip(r.readUnsignedVarInt());
  }
}

function count(r: Reader): number {
  // A compact array's length is stored + 1; 0 is a null array (not allowed here, read as empty).
  return Math.max(0, r.readUnsignedVarInt() - 1);
}

/**
 * True when the body (after the response header) of a Produce response of `version` (≥ 9) has
 * top-level tagged fields. Throws a ProtocolError (from the Reader) on a truncated body.
 */
export function produceResponseHasTopLevelTags(body: Buffer, version: number): boolean {
  const r = new Reader(body);
  for (let topics = count(r); topics > 0; topics--) {
    if (version >= 13) r.skip(TOPIC_ID);
    else skipCompact(r);
    for (let partitions = count(r); partitions > 0; partitions--) {
      r.skip(PARTITION_FIXED);
      for (let errors = count(r); errors > 0; errors--) {
        r.skip(RECORD_ERROR_FIXED);
        skipCompact(r);
        skipTags(r);
      }
      skipCompact(r);
      skipTags(r);
    }
    skipTags(r);
  }
  r.skip(THROTTLE);
  return r.readUnsignedVarInt() > 0;
}
