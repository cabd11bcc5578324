import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { HOOKS, hookRunsFor } from '../../engine/hooks.ts';
import { API_INFO, API_KEYS } from '../../kafka/generated/api-keys.ts';
import { HOOK_NAMES } from '../../sdk/types.ts';

describe('hook table', () => {
  test('Given the SDK hook names, Then each has one entry naming Kafka APIs that exist', () => {
    assert.deepEqual(Object.keys(HOOKS).sort(), [...HOOK_NAMES].sort());
    const named = Object.fromEntries(
      Object.entries(HOOKS).map(([hook, spec]) => [
        hook,
        spec.apiKeys === 'listed' ? 'listed' : spec.apiKeys.map((k) => API_INFO[k]?.name),
      ]),
    );
    assert.deepEqual(named, {
      onProduce: ['Produce'],
      onFetch: ['Fetch'],
      onCreateTopics: ['CreateTopics'],
      onAlterConfigs: ['AlterConfigs', 'IncrementalAlterConfigs'],
      onRequest: 'listed',
    });
  });

  test('Given onFetch, Then it is the one hook on the response side', () => {
    assert.deepEqual(
      Object.entries(HOOKS)
        .filter(([, s]) => s.direction === 'response')
        .map(([h]) => h),
      ['onFetch'],
    );
  });

  test('Given fixed api keys, When asked for another api key, Then the hook does not run, whatever the policy lists', () => {
    assert.equal(hookRunsFor('onAlterConfigs', API_KEYS.IncrementalAlterConfigs, []), true);
    assert.equal(hookRunsFor('onAlterConfigs', API_KEYS.AlterConfigs, []), true);
    assert.equal(hookRunsFor('onProduce', API_KEYS.Fetch, [API_KEYS.Fetch]), false);
  });

  test('Given onRequest, When the policy lists api keys, Then it runs for those only; When it lists none, Then for all', () => {
    assert.equal(hookRunsFor('onRequest', API_KEYS.Metadata, [API_KEYS.Metadata]), true);
    assert.equal(hookRunsFor('onRequest', API_KEYS.ApiVersions, [API_KEYS.Metadata]), false);
    assert.equal(hookRunsFor('onRequest', API_KEYS.ApiVersions, []), true);
  });
});
