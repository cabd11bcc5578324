// The one table of the Kafka APIs Sluice knows, built from the generated tables: names, the
// versions Sluice's codecs read, and typed access to each API's request and response. Code that
// means an API names it by API_KEYS (`API_KEYS.Produce`), never by its number.
import { API_INFO, API_KEYS, type ApiName } from './generated/api-keys.ts';
import { encodeApiVersionsResponse } from './generated/api-versions.ts';
import { API_CODECS, type ApiCodec } from './generated/index.ts';
import { Writer } from './writer.ts';

export { API_KEYS, type ApiName };

type Codecs = typeof API_CODECS;
/** An api key Sluice has codecs for. */
export type ApiKey = keyof Codecs;
export type RequestOf<K extends ApiKey> = Codecs[K] extends ApiCodec<infer Q, infer _S> ? Q : never;
export type ResponseOf<K extends ApiKey> = Codecs[K] extends ApiCodec<infer _Q, infer S> ? S : never;

const UNSUPPORTED_VERSION = 35;

/** "Produce", or "api key 99" for one Sluice does not know. */
export function apiName(apiKey: number): string {
  return API_INFO[apiKey]?.name ?? `api key ${apiKey}`;
}

/** Is this an api key Sluice has codecs for? */
export function isKnownApi(apiKey: number): apiKey is ApiKey {
  return API_INFO[apiKey] !== undefined;
}

/** Can Sluice's codecs read requests and responses of this api key at this version? */
export function canDecode(apiKey: number, apiVersion: number): boolean {
  const info = API_INFO[apiKey];
  return info !== undefined && apiVersion >= info.minVersion && apiVersion <= info.maxVersion;
}

/** The versions Sluice's codecs read, per api key. */
export function decodableVersions(apiKey: number): { min: number; max: number } | undefined {
  const info = API_INFO[apiKey];
  return info && { min: info.minVersion, max: info.maxVersion };
}

/** Every api key Sluice has codecs for, ascending. */
export const KNOWN_API_KEYS: readonly ApiKey[] = Object.keys(API_CODECS)
  .map(Number)
  .sort((a, b) => a - b) as ApiKey[];

/**
 * The version a response body is written in. Always the request's, except that a broker answers
 * an ApiVersions request of a version it does not know with a v0 body carrying
 * UNSUPPORTED_VERSION (KIP-511), so the client can read it whatever it asked for.
 * `body` is the response body (after the header).
 */
export function responseBodyVersion(apiKey: number, requestVersion: number, body: Buffer): number {
  if (
    apiKey === API_KEYS.ApiVersions &&
    requestVersion > 0 &&
    body.length >= 2 &&
    body.readInt16BE(0) === UNSUPPORTED_VERSION
  ) {
    return 0;
  }
  return requestVersion;
}

/**
 * What a broker answers an ApiVersions request of a version it does not know (a response frame
 * without its size prefix): header v0, a v0 body with UNSUPPORTED_VERSION and the ApiVersions
 * versions it does know, so the client retries with one of them (KIP-511).
 */
export function unsupportedApiVersions(correlationId: number): Buffer {
  const info = API_INFO[API_KEYS.ApiVersions]!;
  const w = new Writer(32);
  w.appendInt32(correlationId);
  encodeApiVersionsResponse(w, 0, {
    errorCode: UNSUPPORTED_VERSION,
    apiKeys: [{ apiKey: API_KEYS.ApiVersions, minVersion: info.minVersion, maxVersion: info.maxVersion }],
    throttleTimeMs: 0,
  });
  return w.toBuffer();
}
