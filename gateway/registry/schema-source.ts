// The registry-backed SchemaSource the gateway offers policies (`ctx.schemas.get(id)`): the
// schema of an id and the subjects it is registered under, fetched together, prepared once
// (JSON schemas compiled on the host) and cached with a TTL and a bound. Concurrent asks for
// one id share one fetch. A caller may ask for an answer no older than `maxAgeMs` (the policy
// does when an id's subjects do not include the one it expects: the same schema may since have
// been registered under another subject). When the registry cannot be reached, an expired entry is served
// (a registry never changes the schema of an id) and the outage is logged; with nothing cached
// the lookup fails, and the policy's onError decides what the producer sees.
import type { Logger } from 'pino';
import type { SchemaSource } from '../../engine/index.ts';
import { prepareRegisteredSchema } from '../../sdk/host/registered-schema.ts';
import type { WireRegisteredSchema } from '../../sdk/runtime/wire.ts';
import { TtlCache } from './cache.ts';
import type { RegistryClient } from './client.ts';
import { RegistryError } from './errors.ts';

/** How long "no such id" is remembered at most: a producer may register it a moment later. */
const MISS_TTL_MS = 5000;
/** The least `maxAgeMs` a policy may ask for: no policy makes the registry answer one id more often. */
export const MIN_MAX_AGE_MS = 1000;
/** One warning per this interval while the registry is down, not one per lookup. */
const OUTAGE_LOG_INTERVAL_MS = 30_000;

export interface RegistrySchemaSourceOptions {
  readonly cacheTtlMs: number;
  readonly maxCachedSchemas: number;
  readonly now?: () => number;
}

export class RegistrySchemaSource implements SchemaSource {
  readonly #client: RegistryClient;
  readonly #log: Logger;
  readonly #hits: TtlCache<number, WireRegisteredSchema>;
  readonly #misses: TtlCache<number, true>;
  readonly #inFlight = new Map<number, Promise<WireRegisteredSchema | null>>();
  readonly #now: () => number;
  #lastOutageLog = Number.NEGATIVE_INFINITY;
  /** Registry requests made (for tests and metrics). */
  fetches = 0;

  constructor(client: RegistryClient, log: Logger, opts: RegistrySchemaSourceOptions) {
    this.#client = client;
    this.#log = log;
    this.#now = opts.now ?? Date.now;
    this.#hits = new TtlCache({ ttlMs: opts.cacheTtlMs, maxEntries: opts.maxCachedSchemas, now: this.#now });
    this.#misses = new TtlCache({
      ttlMs: Math.min(opts.cacheTtlMs, MISS_TTL_MS),
      maxEntries: opts.maxCachedSchemas,
      now: this.#now,
    });
  }

  /** `maxAgeMs`: an entry stored longer ago than that (at least MIN_MAX_AGE_MS) is fetched again. */
  async getById(id: number, options: { maxAgeMs?: number } = {}): Promise<WireRegisteredSchema | null> {
    const hit = this.#hits.get(id);
    const maxAge = options.maxAgeMs === undefined ? undefined : Math.max(options.maxAgeMs, MIN_MAX_AGE_MS);
    if (hit?.fresh && (maxAge === undefined || this.#now() - hit.storedAt < maxAge)) return hit.value;
    if (this.#misses.get(id)?.fresh) return null;
    let pending = this.#inFlight.get(id);
    if (!pending) {
      pending = this.#fetch(id, hit?.value).finally(() => this.#inFlight.delete(id));
      this.#inFlight.set(id, pending);
    }
    return pending;
  }

  close(): void {
    this.#client.close();
  }

  async #fetch(id: number, stale: WireRegisteredSchema | undefined): Promise<WireRegisteredSchema | null> {
    try {
      this.fetches++;
      const [schema, subjects] = await Promise.all([
        this.#client.schemaById(id),
        this.#client.subjectVersionsById(id),
      ]);
      if (schema === null) {
        this.#misses.set(id, true);
        return null;
      }
      const prepared = prepareRegisteredSchema({
        id,
        type: schema.schemaType,
        schema: schema.schema,
        subjects,
        references: schema.references.map((r) => r.name),
      });
      this.#hits.set(id, prepared);
      return prepared;
    } catch (e) {
      const retriable = e instanceof RegistryError && e.canRetry;
      if (stale && retriable) {
        this.#logOutage(e as Error, id, true);
        return stale;
      }
      this.#logOutage(e as Error, id, false);
      throw e;
    }
  }

  #logOutage(e: Error, id: number, servedStale: boolean): void {
    const now = this.#now();
    if (now - this.#lastOutageLog < OUTAGE_LOG_INTERVAL_MS) return;
    this.#lastOutageLog = now;
    this.#log.warn(
      {
        registry: this.#client.url,
        schemaId: id,
        code: (e as RegistryError).code,
        err: e.message,
        servedStale,
      },
      servedStale
        ? 'schema registry unavailable: serving a cached schema past its TTL'
        : 'schema registry lookup failed',
    );
  }
}
