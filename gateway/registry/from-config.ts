// Builds the registry-backed schema source from the `schemaRegistry` config section. Secrets
// given as files are read here, once, at start-up; none of them is logged.
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { SchemaRegistryConfig } from '../config/schema.ts';
import { RegistryClient } from './client.ts';
import { RegistrySchemaSource } from './schema-source.ts';

const readSecret = (file: string) => readFileSync(file, 'utf8').trim();

export function registrySchemaSource(config: SchemaRegistryConfig, log: Logger): RegistrySchemaSource {
  const basic = config.basicAuth;
  const client = new RegistryClient({
    url: config.url,
    ...(basic
      ? {
          basicAuth: {
            username: basic.username,
            password:
              basic.passwordFile !== undefined ? readSecret(basic.passwordFile) : (basic.password ?? ''),
          },
        }
      : {}),
    ...(config.bearerTokenFile !== undefined
      ? { bearerToken: readSecret(config.bearerTokenFile) }
      : config.bearerToken !== undefined
        ? { bearerToken: config.bearerToken }
        : {}),
    ...(config.caFile === undefined ? {} : { caFile: config.caFile }),
    timeoutMs: config.timeoutMs,
  });
  const auth = basic
    ? 'basic'
    : config.bearerToken !== undefined || config.bearerTokenFile !== undefined
      ? 'bearer'
      : 'none';
  log.info({ registry: client.url, auth, cacheTtlMs: config.cacheTtlMs }, 'schema registry configured');
  return new RegistrySchemaSource(client, log.child({ component: 'schema-registry' }), {
    cacheTtlMs: config.cacheTtlMs,
    maxCachedSchemas: config.maxCachedSchemas,
  });
}
