// Errors of the command line. Each carries the exit code it ends the process with; the program
// prints `sluice: <code>: <message>` on stderr. Errors the admin API answered with keep the
// server's own code (SLUICE_ADMIN_*, SLUICE_CONTROL_*) and body.
import { SluiceError, type SluiceErrorOptions } from '../kafka/errors.ts';
import { EXIT, type ExitCode, exitForStatus } from './exit-codes.ts';

export const CLI_ERROR_CODES = [
  /** The command line, an input file or a profile is wrong. */
  'SLUICE_CLI_USAGE',
  /** The admin API could not be reached: connection refused, DNS, TLS, timeout. */
  'SLUICE_CLI_UNREACHABLE',
  /** The admin API answered something that is not its JSON. */
  'SLUICE_CLI_BAD_RESPONSE',
  /** A policy's own tests failed or did not run. */
  'SLUICE_CLI_TESTS_FAILED',
  /** A local step (compile, certificate generation) failed. */
  'SLUICE_CLI_FAILED',
] as const;
export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

const EXIT_OF: Readonly<Record<CliErrorCode, ExitCode>> = {
  SLUICE_CLI_USAGE: EXIT.USAGE,
  SLUICE_CLI_UNREACHABLE: EXIT.UNAVAILABLE,
  SLUICE_CLI_BAD_RESPONSE: EXIT.UNAVAILABLE,
  SLUICE_CLI_TESTS_FAILED: EXIT.FAILED,
  SLUICE_CLI_FAILED: EXIT.FAILED,
};

export class CliError extends SluiceError {
  readonly exitCode: ExitCode;
  constructor(
    code: CliErrorCode,
    message: string,
    options: SluiceErrorOptions & { exitCode?: ExitCode } = {},
  ) {
    super(code, message, options);
    this.exitCode = options.exitCode ?? EXIT_OF[code];
  }
}

export const usageError = (message: string) => new CliError('SLUICE_CLI_USAGE', message);

/** The admin API's error body (gateway/admin/errors.ts). */
export interface ApiErrorBody {
  code: string;
  message: string;
  field?: string;
  diagnostics?: ApiDiagnostic[];
}

export interface ApiDiagnostic {
  code?: string;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  lineText?: string;
}

/** A non-2xx answer of the admin API. */
export class ApiError extends SluiceError {
  readonly status: number;
  readonly exitCode: ExitCode;
  readonly body: ApiErrorBody;
  constructor(status: number, body: ApiErrorBody) {
    super(body.code, body.message, { details: { status } });
    this.status = status;
    this.body = body;
    this.exitCode = exitForStatus(status);
  }
}
