// Errors raised by the gateway data plane (configuration, TLS, routing, connections).
// Codes are stable: logs, docs and tests refer to them.
import { SluiceError, type SluiceErrorOptions } from '../kafka/errors.ts';

export const GATEWAY_ERROR_CODES = [
  'SLUICE_CONFIG_INVALID',
  'SLUICE_CONFIG_NOT_FOUND',
  'SLUICE_CONFIG_PARSE',
  'SLUICE_TLS_MATERIAL',
  'SLUICE_ROUTE_UNKNOWN_HOST',
  'SLUICE_ROUTE_UNKNOWN_NODE',
  'SLUICE_ROUTE_NO_SNI',
  'SLUICE_UPSTREAM_UNREACHABLE',
  'SLUICE_UPSTREAM_AUTH',
  'SLUICE_METADATA_UNAVAILABLE',
  'SLUICE_CONNECTION_PROTOCOL',
  'SLUICE_FILTER_FAILED',
] as const;
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export class GatewayError extends SluiceError {
  constructor(code: GatewayErrorCode, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
  }
}

/** One problem found in the configuration, with the dotted path of the key it concerns. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/** Start-up refused: every issue names the key that is wrong or missing. */
export class ConfigError extends GatewayError {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[], source: string) {
    const lines = issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
    super('SLUICE_CONFIG_INVALID', `invalid configuration (${source}):\n${lines}`, {
      details: { issues },
    });
    this.issues = issues;
  }
}
