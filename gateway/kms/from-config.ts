// The `kms:` config section → the KMS capability, or nothing when the section is absent.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { KmsProvider } from '../../engine/index.ts';
import type { KmsConfig } from '../config/schema.ts';
import { AwsKmsProvider } from './aws-kms.ts';
import { kmsMetrics } from './metrics.ts';

export function awsKmsFromConfig(
  config: KmsConfig | undefined,
  log: Logger,
  registry: Registry | undefined,
): { kms?: KmsProvider } {
  if (!config) return {};
  const provider = new AwsKmsProvider(config, kmsMetrics(registry));
  // What is logged: where KMS is and how keys are cached; never a credential.
  log.info(
    {
      region: config.region ?? '(AWS chain)',
      endpoint: config.endpoint ?? '(AWS)',
      credentials: config.accessKeyId ? 'config' : 'AWS chain',
      keyTtlMs: config.keyTtlMs,
      maxKeyUses: config.maxKeyUses,
    },
    'KMS provider configured',
  );
  return { kms: provider };
}
