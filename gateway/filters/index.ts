// Every behaviour Sluice adds to a connection, in the one order it runs: requests pass the list
// from top to bottom, responses from bottom to top. Policies come last, so they see what the
// client sent and the client sees what the broker answered, addresses already Sluice's own.
import type { Filter } from '../pipeline/filter.ts';
import type { PolicyRuntime } from '../policy/service.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import type { ListenerAddresses } from '../routing/route.ts';
import type { TopicIds } from '../routing/topic-ids.ts';
import { apiVersions } from './api-versions.ts';
import { brokerAddresses } from './broker-addresses.ts';
import { describeQuorum } from './describe-quorum.ts';
import { adminPolicies } from './policy-admin.ts';
import { fetchPolicies } from './policy-fetch.ts';
import { onRequestPolicies } from './policy-on-request.ts';
import { producePolicies } from './policy-produce.ts';
import { saslInspection } from './sasl-inspection.ts';
import { topicIdLearning } from './topic-ids.ts';

export interface ListenerFilterDeps {
  advertised: ListenerAddresses;
  cache: MetadataCache;
  topicIds: TopicIds;
  /** The running policy engine, if any (policies may be enabled after the listeners exist). */
  policies: () => PolicyRuntime | undefined;
  /** limits.maxPolicyBytesPerRequest. */
  maxPolicyBytesPerRequest?: number;
}

/** The policy adapters, in order: who may send (onRequest), admin requests, produce, fetch. */
export function policyFilters(
  policies: () => PolicyRuntime | undefined,
  maxPolicyBytesPerRequest?: number,
): Filter[] {
  return [
    onRequestPolicies(policies),
    adminPolicies(policies),
    producePolicies(policies, maxPolicyBytesPerRequest),
    fetchPolicies(policies),
  ];
}

/** One listener's filters: a function that lists them for each new connection. */
export function listenerFilters(deps: ListenerFilterDeps): () => Filter[] {
  const shared = [
    apiVersions,
    brokerAddresses(deps),
    describeQuorum,
    topicIdLearning(deps.topicIds),
    ...policyFilters(deps.policies, deps.maxPolicyBytesPerRequest),
  ];
  return () => [saslInspection(), ...shared];
}
