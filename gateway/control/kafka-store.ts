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
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { RecordBatch } from '../../kafka/records/record-batch.ts';
import { splitRecords } from '../../kafka/records/records-field.ts';
import type { HostPort } from '../routing/route.ts';
import type { UpstreamChannel } from '../upstream/channel.ts';
import { kafkaErrorName, type UpstreamCluster } from '../upstream/cluster.ts';
import { createTopic, fetchPartition, LATEST, offsetOf, produceRecords } from '../upstream/requests.ts';
import { ControlError } from './errors.ts';
import type { LogEntry } from './state.ts';
import type { PolicyStore } from './store.ts';

const PARTITION = 0;
const MAX_PARTITION_BYTES = 8 * 1024 * 1024;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

const { NONE, OFFSET_OUT_OF_RANGE } = KAFKA_ERROR_CODES;

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
    const end = await this.#withLeader((ch) => offsetOf(ch, this.#opts.topic, PARTITION, LATEST));
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
      const record = {
        key: Buffer.from(key),
        value: value === null ? null : Buffer.from(JSON.stringify(value)),
      };
      return produceRecords(
        this.#writerChannel,
        this.#opts.topic,
        PARTITION,
        [record],
        this.#opts.cluster.requestTimeoutMs,
      );
    });
    // Resolves once this replica has folded its own entry, so the caller sees it applied.
    await new Promise<void>((resolve, reject) => {
      if (this.#next > offset) resolve();
      else this.#waiters.push({ offset, resolve, reject });
    });
    return offset;
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
    const p = await fetchPartition(ch, this.#opts.topic, PARTITION, this.#next, {
      waitMs,
      maxBytes: MAX_PARTITION_BYTES,
      timeoutMs: this.#opts.cluster.requestTimeoutMs,
    });
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
    const topic = {
      name: this.#opts.topic,
      partitions: 1,
      replicationFactor: this.#opts.replicationFactor ?? -1,
      configs: { 'cleanup.policy': 'compact' },
    };
    const created = await this.#retrying('create', () =>
      this.#opts.cluster.withBootstrap((ch) => createTopic(ch, topic, this.#opts.cluster.requestTimeoutMs)),
    );
    if (created) this.#log.info({ topic: this.#opts.topic }, 'policy store topic created');
  }
}
