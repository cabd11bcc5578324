// The hook table: which Kafka api keys each policy hook runs for, and on which side of the
// exchange. The gateway's decode-on-demand view (coverage.ts) and the chain's selection both
// come from here, so a hook's api keys are written once.

import { API_KEYS } from '../kafka/generated/api-keys.ts';
import type { HookName } from '../sdk/types.ts';

export interface HookSpec {
  /** The message the hook sees: the client's request, or the broker's response. */
  readonly direction: 'request' | 'response';
  /** The api keys it runs for; `listed` = those in the policy's `requestApiKeys`, all when it lists none. */
  readonly apiKeys: readonly number[] | 'listed';
  /** Whether a scope's `topics` narrow it; hooks without a topic ignore them. */
  readonly topics: boolean;
}

export const HOOKS = {
  /** Each partition batch of a Produce request. */
  onProduce: { direction: 'request', apiKeys: [API_KEYS.Produce], topics: true },
  /** Each partition batch of a Fetch response. */
  onFetch: { direction: 'response', apiKeys: [API_KEYS.Fetch], topics: true },
  /** A CreateTopics request, narrowed per topic. */
  onCreateTopics: { direction: 'request', apiKeys: [API_KEYS.CreateTopics], topics: true },
  /** AlterConfigs and IncrementalAlterConfigs requests; a topic scope narrows them to its topic resources. */
  onAlterConfigs: {
    direction: 'request',
    apiKeys: [API_KEYS.AlterConfigs, API_KEYS.IncrementalAlterConfigs],
    topics: true,
  },
  /** The header of any request whose api key the policy lists (all when it lists none). */
  onRequest: { direction: 'request', apiKeys: 'listed', topics: false },
} as const satisfies Readonly<Record<HookName, HookSpec>>;

/** Whether a policy's `hook` runs for `apiKey`, given the api keys its manifest lists for `onRequest`. */
export function hookRunsFor(hook: HookName, apiKey: number, requestApiKeys: readonly number[]): boolean {
  const keys: HookSpec['apiKeys'] = HOOKS[hook].apiKeys;
  if (keys !== 'listed') return keys.includes(apiKey);
  return requestApiKeys.length === 0 || requestApiKeys.includes(apiKey);
}
