// ApiVersions: clients see, per api key, the versions that both Sluice and the broker support;
// an api key only one side knows is left out, so a client never sends what Sluice cannot
// forward safely. Sluice supports what its codecs read, except Fetch, which it offers up to v15:
// Fetch v16+ responses may carry broker addresses (KIP-951 NodeEndpoints) at their very end, so
// each would have to be held and decoded whole; up to v15 Fetch responses, most of the bytes,
// stream through untouched, and clients learn new leaders from a metadata refresh instead.
import { API_KEYS, decodableVersions, KNOWN_API_KEYS } from '../../kafka/apis.ts';
import type { ApiVersionsResponseApiVersion } from '../../kafka/generated/api-versions.ts';
import { defineFilter, type Filter } from '../pipeline/filter.ts';

export type SupportedVersions = ReadonlyMap<number, { min: number; max: number }>;

const FETCH_MAX_STREAMED = 15;

/** What Sluice supports, per api key. (SaslHandshake v0 stays advertised because librdkafka
 * only enables SASL when it sees v0; a client that really sends v0 — unframed SASL tokens after
 * it — is refused by the SASL inspection filter.) */
export const SLUICE_VERSIONS: SupportedVersions = new Map(
  KNOWN_API_KEYS.map((key) => {
    const v = decodableVersions(key)!;
    return [key, key === API_KEYS.Fetch ? { min: v.min, max: Math.min(v.max, FETCH_MAX_STREAMED) } : v];
  }),
);

export function intersectApiVersions(
  broker: readonly ApiVersionsResponseApiVersion[],
  sluice: SupportedVersions,
): ApiVersionsResponseApiVersion[] {
  const out: ApiVersionsResponseApiVersion[] = [];
  for (const k of broker) {
    const ours = sluice.get(k.apiKey);
    if (!ours) continue;
    const minVersion = Math.max(k.minVersion, ours.min);
    const maxVersion = Math.min(k.maxVersion, ours.max);
    if (minVersion <= maxVersion) out.push({ ...k, minVersion, maxVersion });
  }
  return out;
}

export const apiVersions: Filter = defineFilter({
  name: 'api-versions',
  responses: {
    [API_KEYS.ApiVersions]: {
      on(res, ctx) {
        res.apiKeys = intersectApiVersions(res.apiKeys, SLUICE_VERSIONS);
        ctx.markModified();
        return undefined;
      },
    },
  },
});
