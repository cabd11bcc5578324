// ApiVersions: clients see, per api key, the versions that both Sluice and the broker support;
// an api key only one side knows is left out, so a client never sends what Sluice cannot
// forward safely. Sluice supports what its codecs read. That includes Fetch v16+, whose responses
// end with broker addresses (KIP-951 NodeEndpoints): they still stream, and only their tagged
// fields are held and rewritten (filters/fetch-endpoints-streamed.ts).
import { API_KEYS, decodableVersions, KNOWN_API_KEYS } from '../../kafka/apis.ts';
import type { ApiVersionsResponseApiVersion } from '../../kafka/generated/api-versions.ts';
import { defineFilter, type Filter } from '../pipeline/filter.ts';

export type SupportedVersions = ReadonlyMap<number, { min: number; max: number }>;

/** What Sluice supports, per api key. (SaslHandshake v0 stays advertised because librdkafka
 * only enables SASL when it sees v0; a client that really sends v0 — unframed SASL tokens after
 * it — is refused by the SASL inspection filter.) */
export const SLUICE_VERSIONS: SupportedVersions = new Map(
  KNOWN_API_KEYS.map((key) => [key, decodableVersions(key)!]),
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
