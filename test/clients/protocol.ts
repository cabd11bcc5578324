// What a test asks a matrix client to do and what the client answers: one JSON object in
// argv[2] (argv[1] for the Go binary), one JSON line on stdout; a failure exits non-zero with
// {"fatal": "..."} on stderr. Every client program under test/clients/ speaks this.
import type { CompressionName } from '../../kafka/records/compression.ts';

export interface Security {
  /** TLS to Sluice (the SNI listener); the CA verifies the gateway's certificate. */
  tls: boolean;
  caFile?: string;
  mechanism: 'PLAIN' | 'SCRAM-SHA-512';
  username: string;
  password: string;
}

export interface MatrixRecord {
  key: string;
  value: string;
  partition?: number;
  offset?: number;
}

export interface Batch {
  codec: CompressionName;
  records: MatrixRecord[];
}

interface Common {
  bootstrap: string;
  security: Security;
  timeoutMs: number;
}

export type MatrixInput =
  | { action: 'version' }
  | (Common & { action: 'admin'; topic: string; partitions: number })
  /** One producer per batch, with that batch's codec; `refused` expects the send to fail. */
  | (Common & { action: 'produce' | 'refused'; topic: string; batches: Batch[] })
  /** Joins `group`, reads until `count` records, commits what it read, leaves. */
  | (Common & { action: 'consume'; topic: string; group: string; count: number });

export interface VersionOutput {
  client: string;
  version: string;
  librdkafka?: string;
}
export interface AdminOutput {
  topics: string[];
  partitions: number[];
}
export interface ProduceOutput {
  delivered: Partial<Record<CompressionName, number>>;
}
export interface ConsumeOutput {
  records: MatrixRecord[];
}
/** What the client's API handed the application when the send was refused. */
export interface RefusedOutput {
  error: {
    type: string;
    code?: number;
    name?: string;
    message: string;
    retriable?: boolean;
    /** Kafka errors nested inside the one thrown (@platformatic/kafka: partition, then records). */
    nested?: Array<{ name?: string; code?: number; message?: string }>;
  };
}

/** The input of a Node client process. */
export function readInput(): MatrixInput {
  return JSON.parse(process.argv[2] ?? '{}') as MatrixInput;
}

export function emit(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function fail(message: string): never {
  process.stderr.write(`${JSON.stringify({ fatal: message })}\n`);
  process.exit(1);
}
