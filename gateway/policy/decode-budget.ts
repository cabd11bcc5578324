// What policy work may inflate. A compressed batch can expand a thousandfold, so decoding for
// policies is bounded twice: per request (a Produce request or a Fetch response:
// limits.maxPolicyBytesPerRequest, decompression stops there, and limits.maxPolicyRecordsPerRequest,
// since each decoded record is an object that costs more than its bytes) and across the gateway
// (limits.maxPolicyBytesInFlight: a request starts decoding only while less than this is held
// by the others). A request that waits holds its frame, so its connection's request queue
// fills and Sluice stops reading that client: back-pressure, not memory.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { BatchRecord } from '../../engine/index.ts';
import { ProtocolError } from '../../kafka/errors.ts';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '../../kafka/records/compression.ts';
import type { RecordBatch } from '../../kafka/records/record-batch.ts';
import { toBatchRecords } from './records.ts';

/** The bytes inflated for policies and not yet released, over every connection. */
export class DecodedBytesInFlight {
  readonly capacity: number;
  #used = 0;
  #waiting: (() => void)[] = [];
  /** Requests that had to wait for others to release (a metric: the budget biting). */
  waits = 0;
  /** Batches refused for a per-request limit, by the limit's config key (a metric too). */
  readonly refused = new Map<string, number>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get used(): number {
    return this.#used;
  }

  /** Resolves once less than the capacity is held, first come first served. */
  admit(): Promise<void> {
    if (this.#used < this.capacity && this.#waiting.length === 0) return Promise.resolve();
    this.waits++;
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  take(bytes: number): void {
    this.#used += bytes;
  }

  give(bytes: number): void {
    this.#used -= bytes;
    while (this.#used < this.capacity && this.#waiting.length > 0) this.#waiting.shift()!();
  }
}

/** The limits a policy filter decodes under. */
export interface DecodeLimits {
  /** limits.maxPolicyBytesPerRequest. */
  perRequest: number;
  /** limits.maxPolicyRecordsPerRequest (none: no bound on the count). */
  perRequestRecords?: number;
  /** The gateway's account, limits.maxPolicyBytesInFlight (none: only the per-request limit). */
  inFlight?: DecodedBytesInFlight;
}

/** Without a config: the record decoder's own per-batch limit, per request. */
export const DEFAULT_DECODE_LIMITS: DecodeLimits = { perRequest: DEFAULT_MAX_DECOMPRESSED_BYTES };

/** One request's decoding: what it has inflated, drawn from the gateway's account too. */
export class DecodeBudget {
  readonly #limits: DecodeLimits;
  #used = 0;
  #records = 0;
  /** The previous batch's turn: decodes run one at a time, in order. */
  #queue: Promise<void> = Promise.resolve();

  constructor(limits: DecodeLimits) {
    this.#limits = limits;
  }

  /** Nothing decoded yet: a batch that does not fit now never will, in any request. */
  get fresh(): boolean {
    return this.#used === 0 && this.#records === 0;
  }

  /** Waits for the gateway's account (call inside the request's admission, before decoding). */
  admit(): Promise<void> {
    return this.#limits.inFlight?.admit() ?? Promise.resolve();
  }

  /**
   * The batch's records. A compressed batch may inflate to what is left of the request's
   * budget, never more (SLUICE_RECORDS_TOO_LARGE), and what it inflated to is counted; it
   * inflates off the event loop (RecordBatch.recordsAsync), so a heavy request does not stall
   * other connections. An uncompressed one is read in place and costs nothing more than its
   * frame. Either counts its records against the request's records limit, checked first. A
   * request's batches inflate one after another, in the order asked, so each knows what is left; `still` is asked when its turn comes (false: it is skipped, null returned).
   */
  decode(piece: RecordBatch, still: () => boolean = () => true): Promise<BatchRecord[] | null> {
    const turn = this.#queue.then(async () => {
      if (!still()) return null;
      try {
        return await this.#decode(piece);
      } catch (err) {
        if (err instanceof ProtocolError && err.code === 'SLUICE_RECORDS_TOO_LARGE') {
          const limit = (err.details.limit as string | undefined) ?? 'limits.maxPolicyBytesPerRequest';
          const refused = this.#limits.inFlight?.refused;
          refused?.set(limit, (refused.get(limit) ?? 0) + 1);
        }
        throw err;
      }
    });
    this.#queue = turn.then(
      () => {},
      () => {},
    );
    return turn;
  }

  async #decode(piece: RecordBatch): Promise<BatchRecord[]> {
    const maxRecords = this.#limits.perRequestRecords ?? Number.POSITIVE_INFINITY;
    if (this.#records + piece.recordCount > maxRecords) {
      throw new ProtocolError(
        'SLUICE_RECORDS_TOO_LARGE',
        `batch of ${piece.recordCount} records would exceed the ${maxRecords} a request may decode`,
        { details: { limit: 'limits.maxPolicyRecordsPerRequest', records: piece.recordCount, maxRecords } },
      );
    }
    if (piece.compression !== 'none') {
      await piece.recordsAsync({ maxDecompressedBytes: Math.max(1, this.#limits.perRequest - this.#used) });
      const inflated = piece.recordBytes()?.length ?? 0;
      this.#used += inflated;
      this.#limits.inFlight?.take(inflated);
    }
    // Counted once decoded: a batch refused on its own leaves the request fresh.
    const records = toBatchRecords(piece);
    this.#records += piece.recordCount;
    return records;
  }

  /** The request is done with its decoded records: gives them back to the gateway's account. */
  release(): void {
    this.#limits.inFlight?.give(this.#used);
    this.#used = 0;
    this.#records = 0;
  }
}

/** The account as Prometheus sees it when it scrapes. */
export function registerDecodeMetrics(registry: Registry, inFlight: DecodedBytesInFlight): void {
  new Gauge({
    name: 'sluice_policy_decoded_bytes_in_flight',
    help: 'Bytes inflated for policies and not yet released (limits.maxPolicyBytesInFlight bounds new work)',
    registers: [registry],
    collect() {
      this.set(inFlight.used);
    },
  });
  new Counter({
    name: 'sluice_policy_batches_too_large_total',
    help: 'Batches answered MESSAGE_TOO_LARGE (or left for the next fetch) for a per-request decode limit, by its config key',
    labelNames: ['limit'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [limit, n] of inFlight.refused) this.inc({ limit }, n);
    },
  });
  new Counter({
    name: 'sluice_policy_decode_waits_total',
    help: 'Requests that waited because limits.maxPolicyBytesInFlight was held by others',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(inFlight.waits);
    },
  });
}
