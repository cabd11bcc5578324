// Builds the TLS options Sluice presents to clients from PEM (certificate chain + key) or
// PKCS#12 files. TLS 1.2 is the floor: older versions are refused during the handshake.
import { readFileSync } from 'node:fs';
import { createSecureContext, type SecureContext, type SecureContextOptions } from 'node:tls';
import type { ServerTlsConfig } from '../config/schema.ts';
import { GatewayError } from '../errors.ts';

function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    throw new GatewayError('SLUICE_TLS_MATERIAL', `cannot read ${what} ${file}`, { cause });
  }
}

/**
 * The TLS 1.2 suites offered unless the config names others: ECDHE key exchange (forward
 * secrecy) with AEAD ciphers only. Node's default also allows RSA key exchange and CBC suites.
 */
export const DEFAULT_TLS12_CIPHERS = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-CHACHA20-POLY1305',
].join(':');

/** TLS 1.3's suites, named so that a cipher list for 1.2 does not switch them off. */
const TLS13_CIPHERS = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256';

/** Options for tls.createSecureContext; the files are read now. */
export function serverContextOptions(cfg: ServerTlsConfig): SecureContextOptions {
  const options: SecureContextOptions = {
    minVersion: cfg.minVersion,
    ciphers: `${TLS13_CIPHERS}:${cfg.ciphers ?? DEFAULT_TLS12_CIPHERS}`,
    honorCipherOrder: true,
  };
  if (cfg.pkcs12File) {
    options.pfx = read(cfg.pkcs12File, 'PKCS#12 file');
    if (cfg.pkcs12Passphrase !== undefined) options.passphrase = cfg.pkcs12Passphrase;
  } else {
    // A PEM certFile may hold the leaf followed by intermediates; Node sends the whole chain.
    options.cert = read(cfg.certFile!, 'certificate file');
    options.key = read(cfg.keyFile!, 'key file');
    if (cfg.keyPassphrase !== undefined) options.passphrase = cfg.keyPassphrase;
  }
  if (cfg.clientAuth !== 'none' && cfg.clientCaFile) options.ca = read(cfg.clientCaFile, 'client CA file');
  return options;
}

/** A secure context, with a typed error when the key does not match or a file is not PEM. */
export function createServerContext(cfg: ServerTlsConfig): SecureContext {
  const options = serverContextOptions(cfg);
  try {
    return createSecureContext(options);
  } catch (cause) {
    const files = cfg.pkcs12File ?? `${cfg.certFile} + ${cfg.keyFile}`;
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GatewayError('SLUICE_TLS_MATERIAL', `unusable TLS material (${files}): ${message}`, { cause });
  }
}

/** Files whose change must trigger a reload. */
export function watchedFiles(cfg: ServerTlsConfig): string[] {
  return [
    cfg.certFile,
    cfg.keyFile,
    cfg.pkcs12File,
    cfg.clientAuth !== 'none' ? cfg.clientCaFile : undefined,
  ].filter((f): f is string => f !== undefined);
}
