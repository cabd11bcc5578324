import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GatewayMetrics } from '../../gateway/metrics.ts';

const sample = (text: string, series: string) =>
  text
    .split('\n')
    .find((l) => l.startsWith(`${series} `))
    ?.split(' ')[1];

describe('gateway traffic metrics', () => {
  test('Given requests and bytes on two listeners, When scraped twice with traffic between, Then each scrape shows the running totals', async () => {
    const m = new GatewayMetrics();
    m.request(0);
    m.request(0);
    m.request(1);
    m.bytes('plain', 'client_to_broker', 100);
    m.bytes('plain', 'broker_to_client', 7);
    m.bytes('tls', 'client_to_broker', 5);
    let text = await m.render();
    assert.equal(sample(text, 'sluice_requests_total{api="Produce"}'), '2');
    assert.equal(sample(text, 'sluice_requests_total{api="Fetch"}'), '1');
    assert.equal(
      sample(text, 'sluice_transferred_bytes_total{listener="plain",direction="client_to_broker"}'),
      '100',
    );
    assert.equal(
      sample(text, 'sluice_transferred_bytes_total{listener="plain",direction="broker_to_client"}'),
      '7',
    );
    assert.equal(
      sample(text, 'sluice_transferred_bytes_total{listener="tls",direction="client_to_broker"}'),
      '5',
    );

    m.request(0);
    m.bytes('plain', 'client_to_broker', 1);
    text = await m.render();
    assert.equal(sample(text, 'sluice_requests_total{api="Produce"}'), '3');
    assert.equal(sample(text, 'sluice_requests_total{api="Fetch"}'), '1');
    assert.equal(
      sample(text, 'sluice_transferred_bytes_total{listener="plain",direction="client_to_broker"}'),
      '101',
    );
  });

  test('Given API keys no Kafka version defines, When counted, Then each is scraped under its number', async () => {
    const m = new GatewayMetrics();
    m.request(-3);
    m.request(9999);
    m.request(9999);
    const text = await m.render();
    assert.ok(text.includes('sluice_requests_total{api="api key -3"} 1'), text);
    assert.ok(text.includes('sluice_requests_total{api="api key 9999"} 2'), text);
  });
});
