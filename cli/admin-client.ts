// A small client of the admin API on node:http / node:https (so `--cacert` is a plain `ca`
// option and nothing else is needed): JSON in, JSON out, HTTP Basic or a bearer token. A
// non-2xx answer becomes an ApiError with the server's body; a connection that fails becomes
// SLUICE_CLI_UNREACHABLE, both carrying the exit code they end the process with.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { Connection } from './credentials.ts';
import { ApiError, type ApiErrorBody, CliError, usageError } from './errors.ts';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or undefined for an empty body (204). */
  body: T;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
}

const TLS_HINT: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed: pass its CA with --cacert',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server certificate is signed by an unknown CA: pass it with --cacert',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate is signed by an unknown CA: pass it with --cacert',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'the server certificate is signed by an unknown CA: pass it with --cacert',
  ERR_TLS_CERT_ALTNAME_INVALID:
    'the server certificate does not name this host: use a URL with a name it has',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  EPROTO: 'no TLS here: is the admin API plain HTTP (http://)?',
};

export class AdminClient {
  readonly #connection: Connection;
  readonly #timeoutMs: number;
  readonly #ca: Buffer | undefined;

  constructor(connection: Connection, timeoutMs: number) {
    this.#connection = connection;
    this.#timeoutMs = timeoutMs;
    if (connection.cacert !== undefined) {
      try {
        this.#ca = readFileSync(connection.cacert);
      } catch (err) {
        throw usageError(`--cacert ${connection.cacert}: ${(err as Error).message}`);
      }
    }
  }

  /** The base URL as the user should see it (no credentials). */
  get url(): string {
    const u = new URL(this.#connection.url);
    u.username = '';
    u.password = '';
    return u.href.replace(/\/$/, '');
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  /** Resolves for 2xx; rejects with ApiError for any other status, CliError when unreachable. */
  request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const url = new URL(this.#connection.url);
    url.pathname = `${url.pathname.replace(/\/$/, '')}${path}`;
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v));
    const payload = options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body));
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    const auth = this.#connection.auth;
    if (auth?.kind === 'bearer') headers.authorization = `Bearer ${auth.token}`;
    if (auth?.kind === 'basic')
      headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    const secure = url.protocol === 'https:';
    const requestOptions: https.RequestOptions = {
      method,
      headers,
      // One request, one connection: nothing keeps the process alive once the answer is in.
      agent: false,
      ...(secure ? { ca: this.#ca, rejectUnauthorized: !this.#connection.insecure } : {}),
    };
    const where = `${method} ${this.url}${path}`;
    return new Promise<ApiResponse<T>>((resolve, reject) => {
      const req = (secure ? https : http).request(url, requestOptions, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(unreachable(where, err, secure)));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          if (text.length > 0) {
            try {
              body = JSON.parse(text);
            } catch {
              if (status >= 200 && status < 300) {
                reject(
                  new CliError('SLUICE_CLI_BAD_RESPONSE', `${where}: ${status} with a body that is not JSON`),
                );
                return;
              }
              body = undefined;
            }
          }
          if (status >= 200 && status < 300) resolve({ status, headers: res.headers, body: body as T });
          else reject(new ApiError(status, errorBody(status, body, text)));
        });
      });
      req.setTimeout(this.#timeoutMs, () =>
        req.destroy(
          Object.assign(new Error(`no answer within ${this.#timeoutMs} ms`), { code: 'ETIMEDOUT' }),
        ),
      );
      req.on('error', (err) => reject(unreachable(where, err, secure)));
      req.end(payload);
    });
  }
}

/** The server's error body, or one made up from the status for a body that is not ours (a proxy's page). */
function errorBody(status: number, body: unknown, text: string): ApiErrorBody {
  const b = body as Partial<ApiErrorBody> | undefined;
  if (b && typeof b.code === 'string' && typeof b.message === 'string') return b as ApiErrorBody;
  // The v2 interceptor routes answer { title, msg }.
  const v2 = body as { title?: string; msg?: string } | undefined;
  if (v2 && typeof v2.title === 'string') return { code: v2.title, message: String(v2.msg ?? '') };
  const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 200);
  return { code: `HTTP_${status}`, message: snippet || http.STATUS_CODES[status] || 'no message' };
}

function unreachable(where: string, err: Error, secure: boolean): CliError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  // An HTTPS server hangs up on a plain HTTP request.
  const hint =
    TLS_HINT[code] ?? (code === 'ECONNRESET' && !secure ? 'is the admin API HTTPS (https://)?' : undefined);
  return new CliError('SLUICE_CLI_UNREACHABLE', `${where}: ${err.message}${hint ? ` (${hint})` : ''}`, {
    cause: err,
    details: { errno: code },
  });
}
