// Audit records to a Kafka topic on the upstream cluster, in the background: queued, sent in
// batches every FLUSH_MS (acks=all) to the topic's one partition, so they keep their order. A
// broker that is away does not hold up traffic: the queue is bounded, and what does not fit is
// dropped and counted (sluice_audit_dropped_total), with one warning per outage.
import type { Logger } from 'pino';
import type { GatewayMetrics } from '../metrics.ts';
import type { UpstreamChannel } from '../upstream/channel.ts';
import type { UpstreamCluster } from '../upstream/cluster.ts';
import { createTopic, produceRecords } from '../upstream/requests.ts';
import type { AuditRecord, AuditSink } from './trail.ts';

const FLUSH_MS = 200;
const BATCH = 500;
const QUEUE_LIMIT = 10_000;
const RETRY_MAX_MS = 5000;
const PARTITION = 0;

export interface KafkaAuditOptions {
  cluster: UpstreamCluster;
  topic: string;
  replicationFactor?: number;
  log: Logger;
  metrics: GatewayMetrics;
}

export class KafkaAuditSink implements AuditSink {
  readonly #opts: KafkaAuditOptions;
  #queue: AuditRecord[] = [];
  #channel: UpstreamChannel | undefined;
  #created = false;
  #failing = false;
  #closed = false;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;
  #delay = FLUSH_MS;

  constructor(opts: KafkaAuditOptions) {
    this.#opts = opts;
    this.#schedule();
  }

  write(record: AuditRecord): void {
    if (this.#queue.length >= QUEUE_LIMIT) {
      this.#opts.metrics.auditDropped.inc();
      return;
    }
    this.#queue.push(record);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#flushing;
    // What is queued gets one last try.
    if (this.#queue.length > 0) await this.#flush().catch(() => undefined);
    this.#channel?.close();
  }

  #schedule(): void {
    if (this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#flushing = this.#flush().then(
        () => {
          this.#delay = FLUSH_MS;
        },
        (err) => this.#failed(err),
      );
      void this.#flushing.finally(() => this.#schedule());
    }, this.#delay);
    this.#timer.unref();
  }

  async #flush(): Promise<void> {
    while (this.#queue.length > 0) {
      const ch = await this.#ready();
      const batch = this.#queue.slice(0, BATCH);
      const records = batch.map((r) => ({
        key: Buffer.from(r.policy),
        value: Buffer.from(JSON.stringify(r)),
      }));
      await produceRecords(ch, this.#opts.topic, PARTITION, records, this.#opts.cluster.requestTimeoutMs);
      this.#queue.splice(0, batch.length);
      this.#opts.metrics.auditWritten.inc(batch.length);
      if (this.#failing) {
        this.#failing = false;
        this.#opts.log.info({ topic: this.#opts.topic }, 'audit topic writable again');
      }
    }
  }

  async #ready(): Promise<UpstreamChannel> {
    const { cluster, topic } = this.#opts;
    if (!this.#created) {
      const made = await cluster.withBootstrap((ch) =>
        createTopic(
          ch,
          { name: topic, partitions: 1, replicationFactor: this.#opts.replicationFactor ?? -1, configs: {} },
          cluster.requestTimeoutMs,
        ),
      );
      if (made) this.#opts.log.info({ topic }, 'audit topic created');
      this.#created = true;
    }
    if (!this.#channel || this.#channel.closed)
      this.#channel = await cluster.open(await cluster.leaderOf(topic, PARTITION));
    return this.#channel;
  }

  #failed(err: unknown): void {
    this.#channel?.close();
    this.#channel = undefined;
    this.#delay = Math.min(this.#delay * 2, RETRY_MAX_MS);
    if (!this.#failing) {
      this.#failing = true;
      this.#opts.log.warn(
        { topic: this.#opts.topic, err: (err as Error).message, queued: this.#queue.length },
        'cannot write the audit topic; records are queued (up to 10000) and retried',
      );
    }
  }
}
