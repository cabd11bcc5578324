// DescribeQuorum (api key 55) v2+ lists the KRaft controllers with their listener
// addresses. Controllers are not reachable through Sluice, so their endpoints are removed
// rather than rewritten: the quorum state (ids, offsets) stays visible, the addresses do not.
import { defineResponseFilter } from './filter.ts';

export interface DescribeQuorumResponseFields {
  nodes?: { nodeId: number; listeners: unknown[] }[];
}

export const describeQuorumRewrite = defineResponseFilter<DescribeQuorumResponseFields>({
  name: 'sluice.rewrite.describe-quorum',
  apiKey: 55,
  minVersion: 2,
  onResponse(res, ctx) {
    for (const n of res.nodes ?? []) {
      if (n.listeners.length > 0) {
        n.listeners = [];
        ctx.markModified();
      }
    }
    return res;
  },
});
