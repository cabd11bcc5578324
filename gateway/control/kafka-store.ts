// The policy store as a compacted single-partition topic on the upstream cluster: a fleet of
// replicas shares it with no new infrastructure. Every replica reads the partition from the
// start, then long-polls it, so all of them fold the same entries in the same order (state.ts
// is written so that compaction, which keeps a key's last entry, never changes the outcome).
// A put is acknowledged by all in-sync replicas (acks=all) and resolves only once this replica
// has read it back, so the caller sees its own write applied.
//
// Sluice talks to the cluster itself (gateway/upstream/channel.ts): the same TLS and upstream
// SASL credentials as the rest of Sluice, one channel for reading and one for writing, both to
// the partition's leader, found again after any error.
import type { Logger } from 'pino';
import { API_KEYS } from '../../kafka/apis.ts';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { encodeRecordBatch, RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import type { HostPort } from '../routing/route.ts';
import type { UpstreamChannel } from '../upstream/channel.ts';
import { kafkaErrorName, type UpstreamCluster } from '../upstream/cluster.ts';
import { ControlError } from './errors.ts';
import type { LogEntry } from './state.ts';
import type { PolicyStore } from './store.ts';

const CREATE_TOPICS = { key: API_KEYS.CreateTopics, version: 7 };
const LIST_OFFSETS = { key: API_KEYS.ListOffsets, version: 7 };
const PRODUCE = { key: API_KEYS.Produce, version: 9 };
const FETCH = { key: API_KEYS.Fetch, version: 12 };
const PARTITION = 0;
const LATEST = -1n;
const READ_COMMITTED = 1;
const MAX_PARTITION_BYTES = 8 * 1024 * 1024;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

const { NONE, TOPIC_ALREADY_EXISTS, OFFSET_OUT_OF_RANGE } = KAFKA_ERROR_CODES;

export interface KafkaStoreOptions {
  cluster: UpstreamCluster;
  topic: string;
  /** Replicas of the topic when Sluice creates it; the broker's default when absent. */
  replicationFactor?: number;
  writer: string;
  log: Logger;
  /** How long a read waits at the leader for new entries before asking again. */
  pollMs?: number;
}

interface Waiter {
  offset: number;
  resolve: () => void;
  reject: (err: Error) => void;
}

export class KafkaPolicyStore implements PolicyStore {
  readonly writer: string;
  readonly #opts: KafkaStoreOptions;
  readonly #log: Logger;
  #reader: UpstreamChannel | undefined;
  #writerChannel: UpstreamChannel | undefined;
  #leader: HostPort | undefined;
  /** The next offset to read. */
  #next = 0;
  #onEntry: ((e: LogEntry) => void) | undefined;
  #waiters: Waiter[] = [];
  #closed = false;
  #polling: Promise<void> | undefined;
  #writes: Promise<unknown> = Promise.resolve();

  constructor(opts: KafkaStoreOptions) {
    this.#opts = opts;
    this.writer = opts.writer;
    this.#log = opts.log.child({ store: 'kafka', topic: opts.topic });
  }

  async start(onEntry: (e: LogEntry) => void): Promise<void> {
    await this.#ensureTopic();
    const end = await this.#withLeader((ch) => this.#endOffset(ch));
    // The log as it is now is folded before start resolves: the replica starts from the fleet's state.
    while (this.#next < end) await this.#withLeader((ch) => this.#readOnce(ch, 0, onEntry));
    this.#onEntry = onEntry;
    this.#log.info({ entries: end, writer: this.writer }, 'policy store read');
    this.#polling = this.#poll();
  }

  put(key: string, value: unknown): Promise<number> {
    const write = this.#writes.then(() => this.#put(key, value));
    this.#writes = write.catch(() => undefined);
    return write;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#writes;
    this.#reader?.close();
    this.#writerChannel?.close();
    await this.#polling;
    for (const w of this.#waiters.splice(0)) w.reject(new Error('policy store closed'));
  }

  async #put(key: string, value: unknown): Promise<number> {
    const offset = await this.#retrying('write', async () => {
      this.#writerChannel = await this.#freshChannel(this.#writerChannel);
      return this.#produce(this.#writerChannel, key, value);
    });
    // Resolves once this replica has folded its own entry, so the caller sees it applied.
    await new Promise<void>((resolve, reject) => {
      if (this.#next > offset) resolve();
      else this.#waiters.push({ offset, resolve, reject });
    });
    return offset;
  }

  async #produce(ch: UpstreamChannel, key: string, value: unknown): Promise<number> {
    const now = BigInt(Date.now());
    const batch = encodeRecordBatch(
      {
        baseOffset: 0n,
        partitionLeaderEpoch: -1,
        attributes: 0,
        lastOffsetDelta: 0,
        baseTimestamp: now,
        maxTimestamp: now,
        producerId: -1n,
        producerEpoch: -1,
        baseSequence: -1,
      },
      [
        {
          attributes: 0,
          timestampDelta: 0n,
          offsetDelta: 0,
          key: Buffer.from(key),
          value: value === null ? null : Buffer.from(JSON.stringify(value)),
          headers: [],
        },
      ],
    );
    const res = await ch.request(PRODUCE, {
      transactionalId: null,
      acks: -1,
      timeoutMs: this.#opts.cluster.requestTimeoutMs,
      topicData: [{ name: this.#opts.topic, partitionData: [{ index: PARTITION, records: batch }] }],
    });
    const p = res.responses[0]?.partitionResponses[0];
    if (!p) throw new Error('the broker answered a Produce without the partition');
    if (p.errorCode !== NONE) {
      throw new Error(
        `writing to ${this.#opts.topic}: ${kafkaErrorName(p.errorCode)} ${p.errorMessage ?? ''}`,
      );
    }
    return Number(p.baseOffset);
  }

  async #poll(): Promise<void> {
    while (!this.#closed) {
      try {
        await this.#withLeader((ch) => this.#readOnce(ch, this.#opts.pollMs ?? 500, this.#onEntry));
      } catch (err) {
        if (this.#closed) return;
        this.#log.warn({ err: (err as Error).message }, 'policy store read failed; retrying');
      }
    }
  }

  /** One Fetch from the next offset; folds what came back. */
  async #readOnce(
    ch: UpstreamChannel,
    waitMs: number,
    onEntry: ((e: LogEntry) => void) | undefined,
  ): Promise<void> {
    const res = await ch.request(
      FETCH,
      {
        replicaId: -1,
        maxWaitMs: waitMs,
        minBytes: 1,
        maxBytes: MAX_PARTITION_BYTES,
        isolationLevel: READ_COMMITTED,
        sessionId: 0,
        sessionEpoch: -1,
        topics: [
          {
            topic: this.#opts.topic,
            partitions: [
              {
                partition: PARTITION,
                currentLeaderEpoch: -1,
                fetchOffset: BigInt(this.#next),
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: MAX_PARTITION_BYTES,
              },
            ],
          },
        ],
        forgottenTopicsData: [],
        rackId: '',
      },
      this.#opts.cluster.requestTimeoutMs + waitMs,
    );
    const p = res.responses[0]?.partitions[0];
    if (!p) throw new Error('the broker answered a Fetch without the partition');
    if (
      p.errorCode === OFFSET_OUT_OF_RANGE &&
      p.logStartOffset !== undefined &&
      p.logStartOffset > this.#next
    ) {
      // Only deleted records lie before the log start of a compacted topic: skip to it.
      this.#next = Number(p.logStartOffset);
      return;
    }
    if (p.errorCode !== NONE) throw new Error(`reading ${this.#opts.topic}: ${kafkaErrorName(p.errorCode)}`);
    for (const piece of splitRecords(p.records, { allowPartialTail: true })) {
      if (!(piece instanceof RecordBatch) || piece.isControl) {
        if (piece instanceof RecordBatch) this.#advance(Number(piece.baseOffset) + piece.lastOffsetDelta + 1);
        continue;
      }
      for (const r of piece.records()) {
        const offset = Number(piece.offsetOf(r));
        if (offset < this.#next) continue;
        const key = r.key?.toString() ?? '';
        let value: unknown = null;
        try {
          value = r.value === null ? null : JSON.parse(r.value.toString());
        } catch {
          this.#log.error({ offset, key }, 'policy store entry is not JSON; skipped');
          this.#advance(offset + 1);
          continue;
        }
        onEntry?.({ key, value, offset });
        this.#advance(offset + 1);
      }
      // Compaction leaves gaps: the batch's last offset is read even if its record is gone.
      this.#advance(Number(piece.baseOffset) + piece.lastOffsetDelta + 1);
    }
  }

  #advance(next: number): void {
    if (next <= this.#next) return;
    this.#next = next;
    const due = this.#waiters.filter((w) => w.offset < next);
    this.#waiters = this.#waiters.filter((w) => w.offset >= next);
    for (const w of due) w.resolve();
  }

  async #endOffset(ch: UpstreamChannel): Promise<number> {
    const res = await ch.request(LIST_OFFSETS, {
      replicaId: -1,
      isolationLevel: READ_COMMITTED,
      topics: [
        {
          name: this.#opts.topic,
          partitions: [{ partitionIndex: PARTITION, currentLeaderEpoch: -1, timestamp: LATEST }],
        },
      ],
    });
    const p = res.topics[0]?.partitions[0];
    if (!p) throw new Error('the broker answered ListOffsets without the partition');
    if (p.errorCode !== NONE) throw new Error(`end of ${this.#opts.topic}: ${kafkaErrorName(p.errorCode)}`);
    return Number(p.offset);
  }

  /** Runs `fn` on a channel to the partition's leader, finding it (again) as needed, retrying errors. */
  #withLeader<T>(fn: (ch: UpstreamChannel) => Promise<T>): Promise<T> {
    return this.#retrying('read', async () => {
      this.#reader = await this.#freshChannel(this.#reader);
      return fn(this.#reader);
    });
  }

  async #freshChannel(ch: UpstreamChannel | undefined): Promise<UpstreamChannel> {
    if (ch && !ch.closed) return ch;
    this.#leader ??= await this.#opts.cluster.leaderOf(this.#opts.topic, PARTITION);
    return this.#opts.cluster.open(this.#leader);
  }

  /** Retries with backoff until `deadline`; a failure forgets the leader and drops the channel. */
  async #retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    let delay = RETRY_MIN_MS;
    const deadline = Date.now() + Math.max(this.#opts.cluster.requestTimeoutMs, 10_000);
    for (;;) {
      try {
        return await fn();
      } catch (err) {
        this.#leader = undefined;
        if (what === 'read') this.#reader?.close();
        else this.#writerChannel?.close();
        if (this.#closed) throw new Error('policy store closed');
        if (Date.now() + delay > deadline) {
          throw new ControlError(
            'SLUICE_CONTROL_STORE',
            `policy store topic ${this.#opts.topic}: cannot ${what}: ${(err as Error).message}`,
            { cause: err, canRetry: true },
          );
        }
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, RETRY_MAX_MS);
      }
    }
  }

  /** Creates the topic (compacted, one partition) unless it exists. */
  async #ensureTopic(): Promise<void> {
    await this.#retrying('create', () =>
      this.#opts.cluster.withBootstrap(async (ch) => {
        const res = await ch.request(CREATE_TOPICS, {
          topics: [
            {
              name: this.#opts.topic,
              numPartitions: 1,
              replicationFactor: this.#opts.replicationFactor ?? -1,
              assignments: [],
              configs: [{ name: 'cleanup.policy', value: 'compact' }],
            },
          ],
          timeoutMs: this.#opts.cluster.requestTimeoutMs,
          validateOnly: false,
        });
        const t = res.topics[0];
        if (!t) throw new Error('the broker answered CreateTopics without the topic');
        if (t.errorCode === NONE) this.#log.info({ topic: this.#opts.topic }, 'policy store topic created');
        else if (t.errorCode !== TOPIC_ALREADY_EXISTS) {
          throw new Error(
            `creating ${this.#opts.topic}: ${kafkaErrorName(t.errorCode)} ${t.errorMessage ?? ''}`,
          );
        }
      }),
    );
  }
}
