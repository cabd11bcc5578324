// Where an idempotent producer's batches to one partition stand, for the produce policy filter.
// A broker accepts an idempotent producer's batches only in sequence order, and takes the first
// batch it sees from a producer it has no state for as the start. So when Sluice refuses batch
// s with a retriable error (a registry or KMS outage, a policy deadline), the later batches the
// producer pipelined behind it must not go upstream: the first of them would become the
// partition's start, and s, retried, would be out of order for ever. They are answered
// OUT_OF_ORDER_SEQUENCE_NUMBER, as a broker answers a gap, which clients retry after s. The
// hold ends when s goes upstream, the producer bumps its epoch, or after holdMs.
import { RecordBatch } from '../../kafka/records/record-batch.ts';

/** Sequences are int32 and wrap to 0 after 2^31 - 1. */
const SEQUENCE_SPACE = 2 ** 31;

/** `a` comes after `b` in sequence order (wrap-aware: within half the space ahead). */
export function sequenceAfter(a: number, b: number): boolean {
  const d = (a - b + SEQUENCE_SPACE) % SEQUENCE_SPACE;
  return d > 0 && d < SEQUENCE_SPACE / 2;
}

/**
 * The producer of a records field's first batch (its header only), or undefined for a
 * non-idempotent or unreadable one (the policy filter reports an unreadable batch itself).
 */
export function producerOf(
  records: Buffer | null,
): Pick<RecordBatch, 'producerId' | 'producerEpoch' | 'baseSequence'> | undefined {
  if (records === null || records.length === 0) return undefined;
  let first: RecordBatch;
  try {
    first = RecordBatch.decode(records);
  } catch {
    return undefined;
  }
  if (first.producerId < 0n || first.baseSequence < 0) return undefined;
  return {
    producerId: first.producerId,
    producerEpoch: first.producerEpoch,
    baseSequence: first.baseSequence,
  };
}

/** What became of a batch: it went upstream, Sluice answered it, or held it behind a refused one. */
export type SequenceOutcome = 'forwarded' | 'refused-retriable' | 'refused' | 'held';

/** A hold beginning or ending, for the log. */
export type HoldChange =
  | { change: 'held'; producerId: bigint; epoch: number; sequence: number }
  | {
      change: 'released';
      producerId: bigint;
      epoch: number;
      sequence: number;
      /** Batches answered OUT_OF_ORDER_SEQUENCE_NUMBER while it held. */
      answered: number;
      heldMs: number;
      by: 'retried' | 'new-epoch' | 'expired';
    };

interface PartitionState {
  epoch: number;
  /** The sequence Sluice refused with a retriable error, not yet retried upstream. */
  refused?: number;
  refusedAt: number;
  /** Batches answered while the current hold lasts. */
  answered: number;
  /** Settles when the latest batch entered has settled. */
  tail: Promise<void>;
  pending: number;
}

export interface SequenceTicket {
  /** Resolves once every batch of this producer and partition entered before has settled. */
  readonly turn: Promise<void>;
  /** After `turn`: the sequence refused ahead of this batch, if the batch must wait for it. */
  heldBehind(): number | undefined;
  /** Once, with what became of the batch; says when a hold began or ended. */
  settle(outcome: SequenceOutcome): HoldChange | undefined;
}

export interface ProduceSequencesOptions {
  /** How long a refused sequence holds the ones after it (default 120 s, Kafka's delivery.timeout.ms). */
  holdMs?: number;
  /** Producer-partitions tracked at most; past it the oldest idle one is forgotten. */
  maxPartitions?: number;
  now?: () => number;
}

export class ProduceSequences {
  readonly #partitions = new Map<string, PartitionState>();
  readonly #holdMs: number;
  readonly #max: number;
  readonly #now: () => number;

  constructor(opts: ProduceSequencesOptions = {}) {
    this.#holdMs = opts.holdMs ?? 120_000;
    this.#max = opts.maxPartitions ?? 100_000;
    this.#now = opts.now ?? Date.now;
  }

  /** Producer-partitions tracked now (held, or with batches in flight). */
  get size(): number {
    return this.#partitions.size;
  }

  /** Called when a batch's policy work starts, in the order batches arrive. */
  enter(
    topic: string,
    partition: number,
    producer: Pick<RecordBatch, 'producerId' | 'producerEpoch' | 'baseSequence'>,
  ): SequenceTicket {
    const key = `${producer.producerId}\u0000${topic}\u0000${partition}`;
    let state = this.#partitions.get(key);
    if (!state) {
      this.#makeRoom();
      state = {
        epoch: producer.producerEpoch,
        refusedAt: 0,
        answered: 0,
        tail: Promise.resolve(),
        pending: 0,
      };
      this.#partitions.set(key, state);
    }
    const s = state;
    const turn = s.tail;
    let settled!: () => void;
    s.tail = new Promise((r) => {
      settled = r;
    });
    s.pending++;
    const { producerId, producerEpoch: epoch, baseSequence: seq } = producer;
    const release = (by: 'retried' | 'new-epoch' | 'expired'): HoldChange => {
      const change: HoldChange = {
        change: 'released',
        producerId,
        epoch: s.epoch,
        sequence: s.refused!,
        answered: s.answered,
        heldMs: this.#now() - s.refusedAt,
        by,
      };
      s.refused = undefined;
      s.answered = 0;
      return change;
    };
    let expired: HoldChange | undefined;
    let done = false;
    return {
      turn,
      heldBehind: () => {
        if (s.refused === undefined || epoch !== s.epoch) return undefined;
        if (this.#now() - s.refusedAt > this.#holdMs) {
          expired = release('expired');
          return undefined;
        }
        return sequenceAfter(seq, s.refused) ? s.refused : undefined;
      },
      settle: (outcome) => {
        if (done) return undefined;
        done = true;
        let change = expired;
        if (epoch > s.epoch) {
          // A new epoch starts the producer's sequences afresh (KIP-360 bumps it after a gap).
          if (s.refused !== undefined) change = release('new-epoch');
          s.epoch = epoch;
        }
        if (epoch === s.epoch) {
          if (outcome === 'forwarded' && s.refused === seq) change = release('retried');
          if (outcome === 'held') s.answered++;
          if (outcome === 'refused-retriable' && (s.refused === undefined || sequenceAfter(s.refused, seq))) {
            const first = s.refused === undefined;
            s.refused = seq;
            s.refusedAt = this.#now();
            if (first) change = { change: 'held', producerId, epoch, sequence: seq };
          }
        }
        s.pending--;
        if (s.pending === 0 && s.refused === undefined && this.#partitions.get(key) === s) {
          this.#partitions.delete(key);
        }
        settled();
        return change;
      },
    };
  }

  /** At the cap, forget the oldest producer-partition with nothing in flight. */
  #makeRoom(): void {
    if (this.#partitions.size < this.#max) return;
    for (const [key, state] of this.#partitions) {
      if (state.pending === 0) {
        this.#partitions.delete(key);
        return;
      }
    }
  }
}
