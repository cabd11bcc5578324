// The host capabilities this gateway offers its policies (engine/capabilities.ts), built once
// from the config: each integration (KMS, schema registry) adds its provider here when its
// config section is present. Credentials stay in this process; sandboxes see only results.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { HostCapabilities } from '../../engine/index.ts';
import type { SluiceConfig } from '../config/schema.ts';
import { awsKmsFromConfig } from '../kms/from-config.ts';
import { registrySchemaSource } from '../registry/from-config.ts';

export function hostCapabilities(config: SluiceConfig, log: Logger, registry?: Registry): HostCapabilities {
  return {
    ...awsKmsFromConfig(config.kms, log, registry),
    ...(config.schemaRegistry ? { schemas: registrySchemaSource(config.schemaRegistry, log) } : {}),
  };
}
