// The KMS provider's metric, in the gateway's prom registry: every request to KMS by
// operation (GenerateDataKey, Decrypt) and outcome (ok, error), so that "KMS calls per
// million records" is read from /metrics.
import { Counter, type Registry } from 'prom-client';

export type KmsOperation = 'GenerateDataKey' | 'Decrypt';

export interface KmsCallObserver {
  kmsCall(operation: KmsOperation, outcome: 'ok' | 'error'): void;
}

export function kmsMetrics(registry: Registry | undefined): KmsCallObserver {
  if (!registry) return { kmsCall() {} };
  const existing = registry.getSingleMetric('sluice_kms_requests_total') as
    | Counter<'operation' | 'outcome'>
    | undefined;
  const counter =
    existing ??
    new Counter({
      name: 'sluice_kms_requests_total',
      help: 'Requests Sluice made to KMS, by operation (GenerateDataKey, Decrypt) and outcome (ok, error)',
      labelNames: ['operation', 'outcome'],
      registers: [registry],
    });
  return {
    kmsCall(operation, outcome) {
      counter.inc({ operation, outcome });
    },
  };
}
