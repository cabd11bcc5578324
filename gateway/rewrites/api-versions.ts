// ApiVersions (api key 18): clients see, per api key, the versions that both Sluice (its
// generated codecs) and the broker support. An api key only one side knows is left out.
import { defineResponseFilter } from './filter.ts';

export interface ApiVersionRange {
  apiKey: number;
  minVersion: number;
  maxVersion: number;
}

export interface ApiVersionsResponseFields {
  errorCode: number;
  apiKeys: ApiVersionRange[];
}

export type SupportedVersions = ReadonlyMap<number, { min: number; max: number }>;

export function intersectApiVersions(
  broker: ApiVersionRange[],
  sluice: SupportedVersions,
): ApiVersionRange[] {
  const out: ApiVersionRange[] = [];
  for (const k of broker) {
    const ours = sluice.get(k.apiKey);
    if (!ours) continue;
    const minVersion = Math.max(k.minVersion, ours.min);
    const maxVersion = Math.min(k.maxVersion, ours.max);
    if (minVersion <= maxVersion) out.push({ ...k, minVersion, maxVersion });
  }
  return out;
}

export function apiVersionsRewrite(sluice: SupportedVersions) {
  return defineResponseFilter<ApiVersionsResponseFields>({
    name: 'sluice.rewrite.api-versions',
    apiKey: 18,
    onResponse(res, ctx) {
      res.apiKeys = intersectApiVersions(res.apiKeys, sluice);
      ctx.markModified();
      return res;
    },
  });
}
