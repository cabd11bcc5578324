// Where the top-level tagged fields of a Fetch response begin, found while the response streams
// past. Fetch v16+ puts broker addresses (KIP-951 NodeEndpoints) there, after every record, so a
// proxy that streams the records on must know where they end without holding them. The walk
// reads only the varints that give lengths and counts and skips everything else by length, so
// its state is a few numbers whatever the chunking; the bytes themselves stay with the caller.
//
// FetchResponse v12+ (flexible), response header v1:
//   correlation_id INT32, TAG_BUFFER
//   throttle_time_ms INT32, error_code INT16, session_id INT32
//   responses COMPACT_ARRAY: topic COMPACT_STRING (v12) | topic_id UUID (v13+)
//     partitions COMPACT_ARRAY: partition_index INT32, error_code INT16, high_watermark INT64,
//       last_stable_offset INT64, log_start_offset INT64,
//       aborted_transactions COMPACT_NULLABLE_ARRAY: producer_id INT64, first_offset INT64, TAG_BUFFER
//       preferred_read_replica INT32, records COMPACT_NULLABLE_RECORDS, TAG_BUFFER
//     TAG_BUFFER
//   TAG_BUFFER   ← the tail: node_endpoints (tag 0, v16+)
import { ProtocolError } from './errors.ts';

// What the next varint is. TAGS_DONE: a tagged-field section ends once the current skip is done.
const TAG_COUNT = 0;
const TAG_ID = 1;
const TAG_SIZE = 2;
const TAGS_DONE = 3;
const TOPICS = 4;
const TOPIC_NAME = 5;
const PARTITIONS = 6;
const ABORTED = 7;
const RECORDS = 8;
const TAIL = 9;

// Which tagged-field section is being read.
const OF_HEADER = 0;
const OF_ABORTED = 1;
const OF_PARTITION = 2;
const OF_TOPIC = 3;

// Fixed-size fields, skipped whole.
const CORRELATION_ID = 4;
const BODY_FIXED = 4 + 2 + 4;
const TOPIC_ID = 16;
const PARTITION_FIXED = 4 + 2 + 8 + 8 + 8;
const ABORTED_FIXED = 8 + 8;
const PREFERRED_REPLICA = 4;

export const FIRST_FLEXIBLE_FETCH = 12;

export class FetchTailFinder {
  readonly #topicNames: boolean;
  #state = TAG_COUNT;
  #of = OF_HEADER;
  #skip = CORRELATION_ID;
  #value = 0;
  #shift = 0;
  #topics = 0;
  #partitions = 0;
  #aborted = 0;
  #tags = 0;

  /** `version`: the Fetch response version, v12 or later. */
  constructor(version: number) {
    if (version < FIRST_FLEXIBLE_FETCH) throw new RangeError(`Fetch v${version} has no tagged fields`);
    this.#topicNames = version === FIRST_FLEXIBLE_FETCH;
  }

  /** The top-level tagged fields have begun: every byte from here on is part of them. */
  get atTail(): boolean {
    return this.#state === TAIL;
  }

  /**
   * Walks the next bytes of the response (header included, size prefix not); returns how many
   * of them come before the tail (all of them while it has not begun).
   */
  walk(bytes: Buffer): number {
    let i = 0;
    const end = bytes.length;
    while (i < end && this.#state !== TAIL) {
      if (this.#skip > 0) {
        const n = Math.min(this.#skip, end - i);
        i += n;
        this.#skip -= n;
        if (this.#skip === 0 && this.#state === TAGS_DONE) this.#tagsDone();
        continue;
      }
      const b = bytes[i++];
      this.#value += (b & 0x7f) * 2 ** this.#shift;
      if (b & 0x80) {
        this.#shift += 7;
        if (this.#shift > 28) throw invalid('varint longer than 5 bytes');
        continue;
      }
      const v = this.#value;
      this.#value = 0;
      this.#shift = 0;
      this.#read(v);
    }
    return i;
  }

  #read(v: number): void {
    switch (this.#state) {
      case TAG_COUNT:
        this.#tags = v;
        if (v === 0) this.#tagsDone();
        else this.#state = TAG_ID;
        return;
      case TAG_ID:
        this.#state = TAG_SIZE;
        return;
      case TAG_SIZE:
        this.#skip = v;
        if (--this.#tags > 0) this.#state = TAG_ID;
        else if (v > 0) this.#state = TAGS_DONE;
        else this.#tagsDone();
        return;
      case TOPICS:
        this.#topics = count(v, 'responses');
        this.#nextTopic();
        return;
      case TOPIC_NAME:
        this.#skip = count(v, 'topic');
        this.#state = PARTITIONS;
        return;
      case PARTITIONS:
        this.#partitions = count(v, 'partitions');
        this.#nextPartition();
        return;
      case ABORTED:
        this.#aborted = v === 0 ? 0 : v - 1; // 0: null
        this.#nextAborted();
        return;
      case RECORDS:
        this.#skip = v === 0 ? 0 : v - 1; // 0: null
        this.#tagsOf(OF_PARTITION);
        return;
    }
  }

  #tagsOf(section: number): void {
    this.#of = section;
    this.#state = TAG_COUNT;
  }

  #tagsDone(): void {
    switch (this.#of) {
      case OF_HEADER:
        this.#skip = BODY_FIXED;
        this.#state = TOPICS;
        return;
      case OF_ABORTED:
        this.#nextAborted();
        return;
      case OF_PARTITION:
        this.#nextPartition();
        return;
      default:
        this.#nextTopic();
    }
  }

  #nextTopic(): void {
    if (this.#topics === 0) {
      this.#state = TAIL;
      return;
    }
    this.#topics--;
    if (this.#topicNames) {
      this.#state = TOPIC_NAME;
    } else {
      this.#skip = TOPIC_ID;
      this.#state = PARTITIONS;
    }
  }

  #nextPartition(): void {
    if (this.#partitions === 0) {
      this.#tagsOf(OF_TOPIC);
      return;
    }
    this.#partitions--;
    this.#skip = PARTITION_FIXED;
    this.#state = ABORTED;
  }

  #nextAborted(): void {
    if (this.#aborted === 0) {
      this.#skip = PREFERRED_REPLICA;
      this.#state = RECORDS;
      return;
    }
    this.#aborted--;
    this.#skip = ABORTED_FIXED;
    this.#tagsOf(OF_ABORTED);
  }
}

/** A COMPACT_ARRAY or COMPACT_STRING length (N+1); 0 is null, which these fields may not be. */
function count(v: number, field: string): number {
  if (v === 0) throw invalid(`null ${field} in a Fetch response`);
  return v - 1;
}

function invalid(message: string): ProtocolError {
  return new ProtocolError('SLUICE_PROTOCOL_INVALID_LENGTH', message, {
    details: { api: 'Fetch', direction: 'response', field: 'fetch tail' },
  });
}
