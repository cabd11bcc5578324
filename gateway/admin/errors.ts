// How the admin API answers errors: JSON with a stable code, a message, and where it is known
// the bad field or the source locations (file:line:col). Control-plane and engine codes map
// onto HTTP statuses here, once.
import { SluiceError, type SluiceErrorOptions } from '../../kafka/errors.ts';

export const ADMIN_ERROR_CODES = [
  'SLUICE_ADMIN_UNAUTHENTICATED',
  'SLUICE_ADMIN_FORBIDDEN',
  'SLUICE_ADMIN_RATE_LIMITED',
  'SLUICE_ADMIN_INVALID_REQUEST',
  'SLUICE_ADMIN_NOT_FOUND',
  'SLUICE_ADMIN_TOO_LARGE',
  'SLUICE_ADMIN_INTERNAL',
] as const;
export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export class AdminError extends SluiceError {
  readonly status: number;
  constructor(code: AdminErrorCode, status: number, message: string, options: SluiceErrorOptions = {}) {
    super(code, message, options);
    this.status = status;
  }
}

const STATUS: Readonly<Record<string, number>> = {
  SLUICE_CONTROL_NOT_FOUND: 404,
  SLUICE_CONTROL_CONFLICT: 409,
  SLUICE_CONTROL_PRECONDITION: 412,
  SLUICE_CONTROL_INVALID_POLICY: 400,
  SLUICE_CONTROL_STORE: 503,
  SLUICE_ENGINE_CONFIG_INVALID: 400,
  SLUICE_ENGINE_LOAD_FAILED: 400,
  SLUICE_ENGINE_INVALID_DEPLOYMENT: 400,
  SLUICE_ENGINE_UNKNOWN_POLICY: 404,
};

export interface ErrorBody {
  code: string;
  message: string;
  /** The request field that is wrong, e.g. `body.scope.topics`. */
  field?: string;
  /** Source locations of compile problems. */
  diagnostics?: unknown[];
  /** What a push's own tests printed when they failed (TAP). */
  tests?: string;
}

/**
 * An error body in the shape the route at `url` answers with: the v2 interceptor routes speak
 * the commercial gateway's `{ title, msg, cause }`, Sluice's own routes ErrorBody.
 */
export function errorBodyFor(
  url: string,
  body: ErrorBody,
): ErrorBody | { title: string; msg: string; cause: unknown } {
  if (!url.startsWith('/gateway/v2')) return body;
  return { title: body.code, msg: body.message, cause: body.field ?? body.diagnostics ?? null };
}

/** The status and body for any error a route throws. */
export function errorReply(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof AdminError) return { status: err.status, body: bodyOf(err) };
  if (err instanceof SluiceError) return { status: STATUS[err.code] ?? 500, body: bodyOf(err) };
  const e = err as {
    statusCode?: number;
    validation?: { instancePath?: string }[];
    validationContext?: string;
    message?: string;
    code?: string;
  };
  if (e?.validation) {
    const first = e.validation[0];
    const field = `${e.validationContext ?? 'body'}${first?.instancePath?.replaceAll('/', '.') ?? ''}`;
    return {
      status: 400,
      body: { code: 'SLUICE_ADMIN_INVALID_REQUEST', message: e.message ?? 'invalid request', field },
    };
  }
  if (e?.statusCode === 413 || e?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return {
      status: 413,
      body: { code: 'SLUICE_ADMIN_TOO_LARGE', message: e.message ?? 'request body too large' },
    };
  }
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      status: e.statusCode,
      body: { code: 'SLUICE_ADMIN_INVALID_REQUEST', message: e.message ?? 'invalid request' },
    };
  }
  return { status: 500, body: { code: 'SLUICE_ADMIN_INTERNAL', message: 'internal error' } };
}

function bodyOf(err: SluiceError): ErrorBody {
  const body: ErrorBody = { code: err.code, message: err.message };
  const d = err.details as { field?: string; diagnostics?: unknown[]; tests?: string };
  if (d.field) body.field = d.field;
  if (d.diagnostics) body.diagnostics = d.diagnostics;
  if (d.tests) body.tests = d.tests;
  return body;
}

/** An error answer as the OpenAPI document describes it: Sluice's routes, and the v2 routes. */
const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    message: { type: 'string' },
    field: { type: 'string' },
    diagnostics: { type: 'array', items: { type: 'object', additionalProperties: true } },
    tests: { type: 'string' },
  },
} as const;
const V2_ERROR_SCHEMA = {
  type: 'object',
  properties: { title: { type: 'string' }, msg: { type: 'string' }, cause: {} },
} as const;

/** The error statuses any route may answer (credentials, role, body, limits, state). */
const ERROR_STATUSES = [400, 401, 403, 404, 409, 412, 413, 429, 431] as const;

/** The documented error answers of a route at `url`, in the shape that route's errors take. */
export function errorResponses(url: string): Record<number, object> {
  const schema = url.startsWith('/gateway/v2') ? V2_ERROR_SCHEMA : ERROR_SCHEMA;
  return Object.fromEntries(ERROR_STATUSES.map((status) => [status, schema]));
}
