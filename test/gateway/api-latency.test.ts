// The hand-counted latency histogram must scrape exactly like the prom-client Histogram it
// replaced, so dashboards and alerts written against it keep working.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Histogram, type Metric, Registry } from 'prom-client';
import { ApiLatencyHistogram } from '../../gateway/api-latency.ts';
import { API_KEYS, apiName } from '../../kafka/apis.ts';

const BUCKETS = [0.0005, 0.001, 0.01, 0.1, 1, 10];

test('Given the same observations, when both registries are scraped, then the text is identical to a prom-client Histogram by api', async () => {
  const ours = new Registry();
  const theirs = new Registry();
  const fast = new ApiLatencyHistogram({ name: 'x_seconds', help: 'latency', buckets: BUCKETS });
  ours.registerMetric(fast as unknown as Metric);
  const reference = new Histogram({
    name: 'x_seconds',
    help: 'latency',
    labelNames: ['api'],
    buckets: BUCKETS,
    registers: [theirs],
  });
  let seed = 3;
  for (let i = 0; i < 2000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const apiKey = [API_KEYS.Produce, API_KEYS.Fetch, API_KEYS.Metadata][seed % 3];
    // Values on every side of the bounds, the bounds themselves and past the last one.
    const seconds = i % 97 === 0 ? BUCKETS[i % BUCKETS.length] : (seed % 200_000) / 10_000;
    fast.observe(apiKey, seconds);
    reference.observe({ api: apiName(apiKey) }, seconds);
  }
  const sorted = (text: string) => text.split('\n').sort().join('\n');
  assert.equal(sorted(await ours.metrics()), sorted(await theirs.metrics()));
  fast.reset();
  assert.doesNotMatch(await ours.metrics(), /x_seconds_count/);
});
