import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { intersectApiVersions, SLUICE_VERSIONS } from '../../../gateway/filters/api-versions.ts';
import { MESSAGE_SCHEMAS } from '../../../kafka/generated/schemas.ts';

describe('ApiVersions intersection', () => {
  test('Given broker ranges wider, narrower and unknown to Sluice, when intersected, then each key gets the common range or is dropped', () => {
    const sluice = new Map([
      [0, { min: 3, max: 11 }],
      [1, { min: 4, max: 17 }],
      [3, { min: 0, max: 12 }],
    ]);
    const out = intersectApiVersions(
      [
        { apiKey: 0, minVersion: 0, maxVersion: 13 },
        { apiKey: 1, minVersion: 0, maxVersion: 3 },
        { apiKey: 3, minVersion: 1, maxVersion: 9 },
        { apiKey: 999, minVersion: 0, maxVersion: 1 },
      ],
      sluice,
    );
    assert.deepEqual(out, [
      { apiKey: 0, minVersion: 3, maxVersion: 11 },
      { apiKey: 3, minVersion: 1, maxVersion: 9 },
    ]);
  });

  test('Given the generated schemas, when Sluice lists its versions, then every request message is covered with its valid range', () => {
    const v = SLUICE_VERSIONS;
    for (const s of Object.values(MESSAGE_SCHEMAS)) {
      if (s.type !== 'request' || s.apiKey === null) continue;
      // Fetch too: v16+ responses stream, their NodeEndpoints rewritten at the end.
      assert.deepEqual(v.get(s.apiKey), { min: s.validVersions[0], max: s.validVersions[1] }, s.name);
    }
    assert.ok(v.size > 70);
  });
});
