// A client of the Confluent Schema Registry REST API (as Confluent, Apicurio's /apis/ccompat/v7,
// Karapace and Redpanda serve it), for the few reads the gateway needs: a schema by id, the
// subject-versions of an id, a subject's version. It runs on the host: credentials never reach
// a sandbox, and no error message or log line carries them.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { registryUrlProblem } from '../config/registry-url.ts';
import { RegistryError } from './errors.ts';

export type SchemaType = 'AVRO' | 'JSON' | 'PROTOBUF';

export interface SchemaReference {
  readonly name: string;
  readonly subject: string;
  readonly version: number;
}

/** GET /schemas/ids/{id}. `schemaType` is absent for Avro in the Confluent API. */
export interface SchemaById {
  readonly schema: string;
  readonly schemaType: SchemaType;
  readonly references: readonly SchemaReference[];
}

export interface SubjectVersion {
  readonly subject: string;
  readonly version: number;
}

/** GET /subjects/{subject}/versions/{version}. */
export interface SubjectSchema extends SubjectVersion {
  readonly id: number;
  readonly schema: string;
  readonly schemaType: SchemaType;
  readonly references: readonly SchemaReference[];
}

export interface RegistryClientOptions {
  /** Base URL, e.g. `https://registry:8081` or `http://127.0.0.1:8080/apis/ccompat/v7`. */
  readonly url: string;
  readonly basicAuth?: { readonly username: string; readonly password: string };
  readonly bearerToken?: string;
  /** PEM file of the CA(s) that signed the registry's certificate (https only). */
  readonly caFile?: string;
  readonly timeoutMs?: number;
}

/** The largest answer read from the registry: schemas are small; a huge body is a misconfiguration. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
const SCHEMA_TYPES: readonly string[] = ['AVRO', 'JSON', 'PROTOBUF'];

export { registryUrlProblem };

export class RegistryClient {
  readonly #base: URL;
  readonly #headers: Record<string, string>;
  readonly #agent: http.Agent;
  readonly #timeoutMs: number;

  constructor(opts: RegistryClientOptions) {
    const problem = registryUrlProblem(opts.url);
    if (problem) throw new TypeError(`schema registry url ${problem}`);
    const base = new URL(opts.url);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.#base = base;
    this.#timeoutMs = opts.timeoutMs ?? 5000;
    this.#headers = { accept: 'application/vnd.schemaregistry.v1+json, application/json' };
    if (opts.basicAuth && opts.bearerToken !== undefined) {
      throw new TypeError('schema registry: use basic auth or a bearer token, not both');
    }
    if (opts.basicAuth) {
      const pair = `${opts.basicAuth.username}:${opts.basicAuth.password}`;
      this.#headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
    } else if (opts.bearerToken !== undefined) {
      this.#headers.authorization = `Bearer ${opts.bearerToken}`;
    }
    this.#agent =
      base.protocol === 'https:'
        ? new https.Agent({
            keepAlive: true,
            maxSockets: 8,
            ...(opts.caFile === undefined ? {} : { ca: readFileSync(opts.caFile) }),
          })
        : new http.Agent({ keepAlive: true, maxSockets: 8 });
  }

  /** What logs may say about this registry: its URL, never its credentials. */
  get url(): string {
    return this.#base.href;
  }

  /** The schema registered under `id`, or null when the registry knows no such id. */
  async schemaById(id: number): Promise<SchemaById | null> {
    const body = await this.#get(`schemas/ids/${checkId(id)}`);
    if (body === null) return null;
    return {
      schema: stringField(body, 'schema', 'schemas/ids'),
      schemaType: schemaTypeOf(body),
      references: referencesOf(body),
    };
  }

  /** Every subject and version that `id` is registered under ([] when the id is unknown). */
  async subjectVersionsById(id: number): Promise<SubjectVersion[]> {
    const body = await this.#get(`schemas/ids/${checkId(id)}/versions`);
    if (body === null) return [];
    if (!Array.isArray(body)) throw badResponse('schemas/ids/{id}/versions', 'is not a list');
    return body.map((x) => {
      const version = (x as { version?: unknown }).version;
      if (!Number.isInteger(version))
        throw badResponse('schemas/ids/{id}/versions', 'has an entry without a version');
      return { subject: stringField(x, 'subject', 'schemas/ids/{id}/versions'), version: version as number };
    });
  }

  /** A subject's schema at `version` (a number or `latest`); null when subject or version is unknown. */
  async subjectVersion(subject: string, version: number | 'latest'): Promise<SubjectSchema | null> {
    if (version !== 'latest' && !(Number.isInteger(version) && version > 0)) {
      throw new TypeError(`version must be a positive integer or "latest", got ${version}`);
    }
    const path = `subjects/${encodeURIComponent(subject)}/versions/${version}`;
    const body = await this.#get(path);
    if (body === null) return null;
    const { id, version: v } = body as { id?: unknown; version?: unknown };
    if (!Number.isInteger(id) || !Number.isInteger(v))
      throw badResponse('subjects/{subject}/versions', 'lacks id or version');
    return {
      subject: stringField(body, 'subject', 'subjects/{subject}/versions'),
      version: v as number,
      id: id as number,
      schema: stringField(body, 'schema', 'subjects/{subject}/versions'),
      schemaType: schemaTypeOf(body),
      references: referencesOf(body),
    };
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.#agent.destroy();
  }

  /** One GET: the parsed JSON body on 200, null on 404, a RegistryError otherwise. */
  #get(path: string): Promise<unknown> {
    const url = new URL(path, this.#base);
    const where = `${url.origin}${url.pathname}`;
    const request = url.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const req = request(url, { method: 'GET', headers: this.#headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY_BYTES) {
            req.destroy();
            reject(
              new RegistryError(
                'SLUICE_REGISTRY_BAD_RESPONSE',
                `GET ${where}: answer larger than ${MAX_BODY_BYTES} bytes`,
              ),
            );
          } else chunks.push(c);
        });
        res.on('error', (e) =>
          reject(
            new RegistryError('SLUICE_REGISTRY_UNREACHABLE', `GET ${where}: ${e.message}`, {
              canRetry: true,
              cause: e,
            }),
          ),
        );
        res.on('end', () => {
          if (size > MAX_BODY_BYTES) return;
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          if (status === 404) return resolve(null);
          if (status !== 200) {
            // The registry's own message (`{"error_code":40101,"message":"..."}`) helps an operator; cut short.
            let detail = text.slice(0, 300);
            try {
              const m = (JSON.parse(text) as { message?: unknown }).message;
              if (typeof m === 'string') detail = m.slice(0, 300);
            } catch {}
            const hint = status === 401 || status === 403 ? ' (credentials refused)' : '';
            return reject(
              new RegistryError('SLUICE_REGISTRY_HTTP', `GET ${where}: HTTP ${status}${hint}: ${detail}`, {
                canRetry: status >= 500 || status === 429,
                details: { status },
              }),
            );
          }
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new RegistryError('SLUICE_REGISTRY_BAD_RESPONSE', `GET ${where}: answer is not JSON`));
          }
        });
      });
      req.setTimeout(this.#timeoutMs, () => {
        req.destroy(new Error(`no answer within ${this.#timeoutMs} ms`));
      });
      req.on('error', (e) => {
        reject(
          new RegistryError('SLUICE_REGISTRY_UNREACHABLE', `GET ${where}: ${e.message}`, {
            canRetry: true,
            cause: e,
          }),
        );
      });
      req.end();
    });
  }
}

function checkId(id: number): number {
  if (!Number.isInteger(id) || id < 0 || id > 0xffffffff)
    throw new TypeError(`schema id must be a 32-bit unsigned integer, got ${id}`);
  return id;
}

function badResponse(what: string, why: string): RegistryError {
  return new RegistryError('SLUICE_REGISTRY_BAD_RESPONSE', `registry answer to ${what} ${why}`);
}

function stringField(body: unknown, key: string, what: string): string {
  const v = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (typeof v !== 'string') throw badResponse(what, `has no string "${key}"`);
  return v;
}

function schemaTypeOf(body: unknown): SchemaType {
  const t = (body as { schemaType?: unknown }).schemaType;
  if (t === undefined || t === null) return 'AVRO';
  if (typeof t !== 'string' || !SCHEMA_TYPES.includes(t))
    throw badResponse('schema', `has an unknown schemaType ${JSON.stringify(t)}`);
  return t as SchemaType;
}

function referencesOf(body: unknown): SchemaReference[] {
  const refs = (body as { references?: unknown }).references;
  if (refs === undefined || refs === null) return [];
  if (!Array.isArray(refs)) throw badResponse('schema', 'has references that are not a list');
  return refs.map((r) => {
    const x = r as Record<string, unknown>;
    if (typeof x.name !== 'string' || typeof x.subject !== 'string' || !Number.isInteger(x.version)) {
      throw badResponse('schema', 'has a malformed reference');
    }
    return { name: x.name, subject: x.subject, version: x.version as number };
  });
}
