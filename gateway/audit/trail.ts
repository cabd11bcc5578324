// The audit trail: every admin write (who, what, the revision before and after) and every
// verdict that refused or changed data, as one log line each and, when `audit.topic` is set,
// as JSON records on a Kafka topic. Events carry names, ids, counts and policy messages, never
// a password, a token or a record's bytes.
import type { Logger } from 'pino';
import { type VerdictEvent, verdictMessage } from '../../engine/index.ts';

export interface AdminEvent {
  user: string;
  action: string;
  policy: string;
  [field: string]: unknown;
}

export type AuditRecord =
  | ({ kind: 'admin'; at: string; replica: string } & AdminEvent)
  | ({ kind: 'verdict'; at: string; replica: string } & VerdictEvent);

/** Somewhere beyond the log that keeps audit records (a Kafka topic). */
export interface AuditSink {
  write(record: AuditRecord): void;
  close(): Promise<void>;
}

export class AuditTrail {
  readonly #log: Logger;
  readonly #replica: string;
  #sink: AuditSink | undefined;

  constructor(log: Logger, replica: string) {
    this.#log = log.child({ component: 'audit' });
    this.#replica = replica;
  }

  /** Sends records to `sink` from now on, as well as to the log. */
  attach(sink: AuditSink): void {
    this.#sink = sink;
  }

  admin(e: AdminEvent): void {
    this.#log.info({ audit: 'admin', ...e }, `admin ${e.action} ${e.policy}`);
    this.#sink?.write({ kind: 'admin', at: new Date().toISOString(), replica: this.#replica, ...e });
  }

  verdict(e: VerdictEvent): void {
    const refused = e.result === 'reject' || e.result === 'audit-reject';
    this.#log[refused ? 'warn' : 'info']({ audit: 'verdict', ...e }, verdictMessage(e));
    this.#sink?.write({ kind: 'verdict', at: new Date().toISOString(), replica: this.#replica, ...e });
  }

  async close(): Promise<void> {
    const sink = this.#sink;
    this.#sink = undefined;
    await sink?.close();
  }
}
