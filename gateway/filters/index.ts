// Every behaviour Sluice adds to a connection, in the one order it runs: requests pass the list
// from top to bottom, responses from bottom to top. Policies come last, so they see what the
// client sent and the client sees what the broker answered, addresses already Sluice's own.
import type { Filter } from '../pipeline/filter.ts';
import type { DecodeLimits } from '../policy/decode-budget.ts';
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
  /** What the policy filters may inflate (limits.maxPolicyBytesPerRequest and maxPolicyBytesInFlight). */
  decodeLimits?: DecodeLimits;
}

/** The policy adapters, in order: who may send (onRequest), admin requests, produce, fetch. */
export function policyFilters(
  policies: () => PolicyRuntime | undefined,
  decodeLimits?: DecodeLimits,
): Filter[] {
  return [
    onRequestPolicies(policies),
    adminPolicies(policies),
    producePolicies(policies, decodeLimits),
    fetchPolicies(policies, decodeLimits),
  ];
}

/** One listener's filters: a function that lists them for each new connection. */
export function listenerFilters(deps: ListenerFilterDeps): () => Filter[] {
  const shared = [
    apiVersions,
    brokerAddresses(deps),
    describeQuorum,
    topicIdLearning(deps.topicIds),
    ...policyFilters(deps.policies, deps.decodeLimits),
  ];
  return () => [saslInspection(), ...shared];
}
