// Runs response filters on the frames that need them: decodes the body with the generated
// codec, runs the filters of that api key in order, and re-encodes only if one of them
// changed something. The response header bytes are kept exactly as the broker sent them.

import { Reader } from '../../kafka/reader.ts';
import type { ConnectionInfo, HeaderVersions, RequestInfo, ResponseHandler } from '../connection/types.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { FilterContext, ListenerAddresses, ResponseFilter } from './filter.ts';

/** Decode and encode response bodies (bound to the generated codecs). */
export interface ResponseBodyCodec {
  decode(apiKey: number, apiVersion: number, reader: Reader): unknown;
  encode(apiKey: number, apiVersion: number, body: unknown): Buffer;
}

export interface ChainOptions {
  filters: ResponseFilter[];
  codec: ResponseBodyCodec;
  headers: HeaderVersions;
  advertised: ListenerAddresses;
  cache: MetadataCache;
}

const API_VERSIONS = 18;
const UNSUPPORTED_VERSION = 35;

function headerLength(frame: Buffer, headerVersion: number): number {
  const r = new Reader(frame);
  r.readInt32();
  if (headerVersion >= 1) {
    const n = r.readUnsignedVarInt();
    for (let i = 0; i < n; i++) {
      r.readUnsignedVarInt();
      r.skip(r.readUnsignedVarInt());
    }
  }
  return r.offset;
}

export class ResponseFilterChain implements ResponseHandler {
  #byKey = new Map<number, ResponseFilter[]>();
  #opts: ChainOptions;

  constructor(opts: ChainOptions) {
    this.#opts = opts;
    for (const f of opts.filters) {
      const list = this.#byKey.get(f.apiKey) ?? [];
      list.push(f);
      this.#byKey.set(f.apiKey, list);
    }
  }

  wants(apiKey: number, apiVersion: number): boolean {
    const list = this.#byKey.get(apiKey);
    return list?.some((f) => (f.minVersion ?? 0) <= apiVersion) ?? false;
  }

  handle(request: RequestInfo, frame: Buffer, conn: ConnectionInfo): Buffer | Promise<Buffer> {
    const { apiKey } = request;
    let version = request.apiVersion;
    const headerLen = headerLength(frame, this.#opts.headers.response(apiKey, version));
    // A broker answers an ApiVersions request of a version it does not know with a v0 body.
    if (
      apiKey === API_VERSIONS &&
      frame.length >= headerLen + 2 &&
      frame.readInt16BE(headerLen) === UNSUPPORTED_VERSION
    ) {
      version = 0;
    }
    const reader = new Reader(frame, headerLen);
    let body = this.#opts.codec.decode(apiKey, version, reader);
    let modified = false;
    const ctx: FilterContext = {
      request,
      conn,
      advertised: this.#opts.advertised,
      cache: this.#opts.cache,
      markModified: () => {
        modified = true;
      },
    };
    const filters = (this.#byKey.get(apiKey) ?? []).filter((f) => (f.minVersion ?? 0) <= version);
    const finish = (): Buffer => {
      if (!modified) return frame;
      const encoded = this.#opts.codec.encode(apiKey, version, body);
      return Buffer.concat([frame.subarray(0, headerLen), encoded]);
    };
    for (let i = 0; i < filters.length; i++) {
      const out = filters[i].onResponse(body, ctx);
      if (out instanceof Promise) {
        return this.#continueAsync(out, filters.slice(i + 1), ctx, (b) => {
          body = b;
        }).then(finish);
      }
      body = out;
    }
    return finish();
  }

  async #continueAsync(
    first: Promise<unknown>,
    rest: ResponseFilter[],
    ctx: FilterContext,
    set: (b: unknown) => void,
  ): Promise<void> {
    let body = await first;
    for (const f of rest) body = await f.onResponse(body, ctx);
    set(body);
  }
}
