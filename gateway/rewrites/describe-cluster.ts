// DescribeCluster (api key 60): the broker list, as in Metadata but keyed by brokerId.
import { rewriteEndpoints, thenReturn } from './addresses.ts';
import { defineResponseFilter } from './filter.ts';

export interface DescribeClusterResponseFields {
  endpointType?: number;
  brokers: { brokerId: number; host: string; port: number }[];
}

// KIP-919: endpointType 2 lists controllers, which are not brokers clients can reach.
const ENDPOINT_TYPE_CONTROLLER = 2;

export const describeClusterRewrite = defineResponseFilter<DescribeClusterResponseFields>({
  name: 'sluice.rewrite.describe-cluster',
  apiKey: 60,
  onResponse(res, ctx) {
    const observe = res.endpointType !== ENDPOINT_TYPE_CONTROLLER;
    return thenReturn(
      rewriteEndpoints(res.brokers, (b) => b.brokerId, ctx, observe),
      res,
    );
  },
});
