// KIP-951: Produce v10+ and Fetch v16+ responses may carry `nodeEndpoints` (a tagged field)
// telling the client where the new partition leader is. Those addresses are rewritten; a
// response without them is forwarded as its original bytes.
import { rewriteEndpoints, thenReturn } from './addresses.ts';
import { defineResponseFilter, type FilterContext } from './filter.ts';

export interface NodeEndpointsFields {
  nodeEndpoints?: { nodeId: number; host: string; port: number }[];
}

function rewrite(
  res: NodeEndpointsFields,
  ctx: FilterContext,
): NodeEndpointsFields | Promise<NodeEndpointsFields> {
  if (!res.nodeEndpoints || res.nodeEndpoints.length === 0) return res;
  return thenReturn(
    rewriteEndpoints(res.nodeEndpoints, (e) => e.nodeId, ctx),
    res,
  );
}

export const produceNodeEndpointsRewrite = defineResponseFilter<NodeEndpointsFields>({
  name: 'sluice.rewrite.produce-node-endpoints',
  apiKey: 0,
  minVersion: 10,
  onResponse: rewrite,
});

export const fetchNodeEndpointsRewrite = defineResponseFilter<NodeEndpointsFields>({
  name: 'sluice.rewrite.fetch-node-endpoints',
  apiKey: 1,
  minVersion: 16,
  onResponse: rewrite,
});

// Share groups (KIP-932) answer with the same NodeEndpoints list, not tagged.
export const shareFetchNodeEndpointsRewrite = defineResponseFilter<NodeEndpointsFields>({
  name: 'sluice.rewrite.share-fetch-node-endpoints',
  apiKey: 78,
  onResponse: rewrite,
});

export const shareAcknowledgeNodeEndpointsRewrite = defineResponseFilter<NodeEndpointsFields>({
  name: 'sluice.rewrite.share-acknowledge-node-endpoints',
  apiKey: 79,
  onResponse: rewrite,
});
