// TLS options for Sluice's connections to the Kafka brokers.
import { readFileSync } from 'node:fs';
import { type ConnectionOptions, checkServerIdentity } from 'node:tls';
import type { UpstreamConfig } from '../config/schema.ts';
import { GatewayError } from '../errors.ts';

export type UpstreamTlsOptions = Omit<ConnectionOptions, 'host' | 'port' | 'socket'>;

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new GatewayError('SLUICE_TLS_MATERIAL', `cannot read upstream ${what} ${file}`, { cause });
  }
}

/** Undefined when the upstream is plaintext. Files are read once, at start-up. */
export function upstreamTlsOptions(cfg: UpstreamConfig): UpstreamTlsOptions | undefined {
  if (cfg.security !== 'ssl') return undefined;
  const tls = cfg.tls;
  const options: UpstreamTlsOptions = { minVersion: 'TLSv1.2' };
  if (tls?.caFile) options.ca = read(tls.caFile, 'CA file');
  if (tls?.certFile) options.cert = read(tls.certFile, 'client certificate');
  if (tls?.keyFile) options.key = read(tls.keyFile, 'client key');
  if (tls?.keyPassphrase !== undefined) options.passphrase = tls.keyPassphrase;
  if (tls && !tls.verifyHostname) {
    // The chain is still verified against the CA; only the name check is skipped.
    options.checkServerIdentity = () => undefined;
  } else {
    options.checkServerIdentity = checkServerIdentity;
  }
  return options;
}
