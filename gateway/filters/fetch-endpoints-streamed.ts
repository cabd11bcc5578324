// The broker addresses of a Fetch v16+ response that streams through. KIP-951 NodeEndpoints sit
// in the response's top-level tagged fields, after every record; holding every Fetch response
// whole to rewrite them halved consumer throughput (0.53x). So the records go on as they
// arrive (FetchTailFinder says where they end), only the tagged fields are held, and the client,
// told the size before the addresses arrived, gets the broker's size plus a fixed reserve: the
// rewritten endpoints and, filling the rest, padding under a tag no Kafka message defines (a
// reader skips tags it does not know). Should the advertised addresses need more than the
// reserve, the endpoints are dropped instead (the client refreshes metadata, as with Fetch v15):
// an upstream address never reaches the client.
import { writeTaggedFields } from '../../kafka/codec-support.ts';
import { ProtocolError } from '../../kafka/errors.ts';
import { FetchTailFinder } from '../../kafka/fetch-tail.ts';
import {
  decodeFetchResponse,
  encodeFetchResponse,
  type FetchResponse,
  type FetchResponseNodeEndpoint,
} from '../../kafka/generated/fetch.ts';
import { Reader } from '../../kafka/reader.ts';
import { MIN_PADDING, taggedPadding, varintSize } from '../../kafka/tag-padding.ts';
import { Writer } from '../../kafka/writer.ts';
import { GatewayError } from '../errors.ts';
import type { FilterContext, StreamedRewrite } from '../pipeline/filter.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { ListenerAddresses } from '../routing/route.ts';

/** One response names at most a leader per broker; the reserve covers this many. */
export const RESERVED_ENDPOINTS = 32;

// The body before the tagged fields, for the generated codec to read and write them alone:
// throttle_time_ms, error_code, session_id, no topics.
const NO_TOPICS = Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);

export interface StreamedEndpointsDeps {
  advertised: ListenerAddresses;
  cache: MetadataCache;
  /** Puts the advertised address in each endpoint (the upstream one goes to the cache); resolves once they listen. */
  advertise(endpoints: FetchResponseNodeEndpoint[]): Promise<unknown> | undefined;
}

/**
 * Bytes the rewritten tagged fields may need beyond the broker's: the longest advertised host
 * against the shortest upstream one, for each broker the cache knows (up to
 * RESERVED_ENDPOINTS), the size varint of the NodeEndpoints field, and room for padding.
 */
export function endpointReserve(advertised: ListenerAddresses, cache: MetadataCache): number {
  let brokers = 0;
  let longest = 0;
  let shortest = Number.POSITIVE_INFINITY;
  for (const nodeId of cache.nodeIds()) {
    const upstream = cache.get(nodeId);
    if (!upstream) continue;
    brokers++;
    shortest = Math.min(shortest, compactStringSize(upstream.host));
    try {
      longest = Math.max(longest, compactStringSize(advertised.broker(nodeId).host));
    } catch {
      // A node without an address on this listener (port routing past its range).
    }
  }
  const growth = Math.min(brokers, RESERVED_ENDPOINTS) * Math.max(0, longest - shortest);
  return MIN_PADDING + (growth > 0 ? growth + 2 : 0);
}

export class StreamedFetchEndpoints implements StreamedRewrite {
  readonly extraBytes: number;
  readonly #version: number;
  readonly #deps: StreamedEndpointsDeps;
  readonly #ctx: FilterContext;
  readonly #finder: FetchTailFinder;
  #held: Buffer[] = [];
  #heldBytes = 0;

  constructor(version: number, deps: StreamedEndpointsDeps, ctx: FilterContext) {
    this.#version = version;
    this.#deps = deps;
    this.#ctx = ctx;
    this.#finder = new FetchTailFinder(version);
    this.extraBytes = endpointReserve(deps.advertised, deps.cache);
  }

  pass(bytes: Buffer): number {
    const n = this.#finder.atTail ? 0 : this.#finder.walk(bytes);
    if (n < bytes.length) {
      // Copied: the chunk's memory may be reused once this call returns (pooled reads).
      this.#held.push(Buffer.from(bytes.subarray(n)));
      this.#heldBytes += bytes.length - n;
    }
    return n;
  }

  end(): Buffer | Promise<Buffer> {
    if (!this.#finder.atTail) {
      throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', 'Fetch response ended before its tagged fields', {
        details: { api: 'Fetch', apiVersion: this.#version, direction: 'response' },
      });
    }
    const held = Buffer.concat(this.#held, this.#heldBytes);
    this.#held = [];
    // Most responses end with no tagged fields at all: then the end is padding alone.
    if (held.length === 1 && held[0] === 0) return paddingOnly(this.extraBytes);
    const target = held.length + this.extraBytes;
    const body = this.#decode(held);
    const endpoints = body.nodeEndpoints ?? [];
    if (endpoints.length === 0) return this.#fit(body, target) ?? this.#mismatch(target);
    const upstream = endpoints.map((e) => `${e.nodeId}=${e.host}:${e.port}`);
    const ready = this.#deps.advertise(endpoints);
    const rewritten = this.#fit(body, target);
    if (!rewritten) {
      void ready?.catch(() => {});
      body.nodeEndpoints = [];
      this.#ctx.log.warn(
        { code: 'SLUICE_FETCH_ENDPOINTS_DROPPED', reserve: this.extraBytes, endpoints: endpoints.length },
        'dropped the NodeEndpoints of a streamed Fetch response: the advertised addresses need more than the reserved bytes (the client refreshes metadata instead)',
      );
      return this.#fit(body, target) ?? this.#mismatch(target);
    }
    this.#ctx.markModified();
    this.#ctx.log.debug(
      { upstream, reserve: this.extraBytes },
      'rewrote the NodeEndpoints of a streamed Fetch response',
    );
    return ready ? ready.then(() => rewritten) : rewritten;
  }

  #decode(tail: Buffer): FetchResponse {
    const r = new Reader(Buffer.concat([NO_TOPICS, tail]));
    const body = decodeFetchResponse(r, this.#version);
    r.expectEnd('FetchResponse tagged fields');
    return body;
  }

  #encode(body: FetchResponse): Buffer {
    const w = new Writer(NO_TOPICS.length + 256);
    encodeFetchResponse(w, this.#version, body);
    return w.toBuffer().subarray(NO_TOPICS.length);
  }

  /** The tagged fields of `body`, padded to exactly `target` bytes; undefined if they cannot be. */
  #fit(body: FetchResponse, target: number): Buffer | undefined {
    const bare = this.#encode(body);
    const unknown = body._unknownTaggedFields ?? [];
    const count = unknown.length + (body.nodeEndpoints?.length ? 1 : 0);
    const padding = taggedPadding(
      target - bare.length,
      count,
      unknown.map((f) => f.tag),
    );
    if (!padding) return undefined;
    if (padding.length === 0) return bare;
    const out = this.#encode({ ...body, _unknownTaggedFields: [...unknown, ...padding] });
    return out.length === target ? out : undefined;
  }

  #mismatch(target: number): never {
    // Without endpoints the padding always fits the reserve; this is a bug, not a broker's doing.
    throw new GatewayError('SLUICE_FILTER_FAILED', `cannot pad Fetch tagged fields to ${target} bytes`, {
      details: { api: 'Fetch', apiVersion: this.#version, reserve: this.extraBytes },
    });
  }
}

const paddingSections = new Map<number, Buffer>();

/** A tagged-field section of padding alone, one byte longer than `extraBytes` (for the count). */
function paddingOnly(extraBytes: number): Buffer {
  let section = paddingSections.get(extraBytes);
  if (!section) {
    const w = new Writer(extraBytes + 1);
    writeTaggedFields(w, undefined, taggedPadding(extraBytes, 0));
    section = w.toBuffer();
    if (paddingSections.size < 64) paddingSections.set(extraBytes, section);
  }
  return section;
}

function compactStringSize(s: string): number {
  const n = Buffer.byteLength(s);
  return varintSize(n + 1) + n;
}
