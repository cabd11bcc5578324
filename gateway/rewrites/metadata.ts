// Metadata (api key 3): the broker list becomes the gateway's addresses for this listener.
import { rewriteEndpoints, thenReturn } from './addresses.ts';
import { defineResponseFilter } from './filter.ts';

export interface MetadataResponseBrokers {
  brokers: { nodeId: number; host: string; port: number }[];
}

export const metadataRewrite = defineResponseFilter<MetadataResponseBrokers>({
  name: 'sluice.rewrite.metadata',
  apiKey: 3,
  onResponse(res, ctx) {
    return thenReturn(
      rewriteEndpoints(res.brokers, (b) => b.nodeId, ctx),
      res,
    );
  },
});
