// Where policy revisions and active pointers live: a log of keyed entries that every replica
// reads in the same order (see state.ts). Two stores: a local directory (one node, zero set-up)
// and a compacted Kafka topic on the upstream cluster (a fleet, no new infrastructure).
import type { LogEntry } from './state.ts';

export interface PolicyStore {
  /** A stable id of this writer (a replica), for its own active-pointer key. */
  readonly writer: string;
  /** Reads every entry there is, then every new one as it arrives, in log order. */
  start(onEntry: (e: LogEntry) => void): Promise<void>;
  /** Appends an entry (null deletes the key); resolves with its offset once it has been read back. */
  put(key: string, value: unknown): Promise<number>;
  close(): Promise<void>;
}
