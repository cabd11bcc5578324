// Runs kcat (librdkafka's CLI, Debian package `kcat`) — a non-Java client — against the rig or
// anything else that speaks Kafka over SASL_SSL, such as the gateway.
import { withHostsFile } from './hostnames.ts';
import { expectSuccess, type ProcessResult, runProcess } from './run-process.ts';

export interface KcatSaslSsl {
  /** host:port[,host:port…] */
  bootstrap: string;
  /** PEM file of the CA that signed the server certificate. */
  caFile: string;
  mechanism: 'PLAIN' | 'SCRAM-SHA-512';
  username: string;
  password: string;
}

/** The kcat arguments that connect over SASL_SSL with verified TLS (hostname included). */
export function kcatSaslSslArgs(target: KcatSaslSsl): string[] {
  return [
    '-b',
    target.bootstrap,
    '-X',
    'security.protocol=SASL_SSL',
    '-X',
    `sasl.mechanisms=${target.mechanism}`,
    '-X',
    `sasl.username=${target.username}`,
    '-X',
    `sasl.password=${target.password}`,
    '-X',
    `ssl.ca.location=${target.caFile}`,
    '-X',
    'ssl.endpoint.identification.algorithm=https',
  ];
}

export interface KcatOptions {
  hostsFile?: string;
  input?: string;
  /** Default 60 s. */
  timeoutMs?: number;
}

/** Runs `kcat args`; resolves with exit code and output, rejects only on start failure or timeout. */
export function runKcat(args: string[], options: KcatOptions = {}): Promise<ProcessResult> {
  const { hostsFile, input, timeoutMs } = options;
  if (hostsFile) {
    const wrapped = withHostsFile(hostsFile, 'kcat', args);
    return runProcess(wrapped.command, wrapped.args, { input, timeoutMs, env: wrapped.env });
  }
  return runProcess('kcat', args, { input, timeoutMs });
}

/** Like runKcat, but rejects with SLUICE_RIG_TOOL_FAILED (and the stderr tail) on a non-zero exit. */
export async function runKcatOk(args: string[], options: KcatOptions = {}): Promise<ProcessResult> {
  return expectSuccess('kcat', await runKcat(args, options));
}
