// The SDK's public surface where it is more than a re-export of one file.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KAFKA_ERROR_CODES } from '../../kafka/generated/error-codes.ts';
import { ErrorCodes } from '../../sdk/index.ts';

describe('sdk index', () => {
  test("Given the SDK's ErrorCodes, Then it is Kafka's generated table and the codes policies used before keep their values", () => {
    assert.equal(ErrorCodes, KAFKA_ERROR_CODES);
    assert.deepEqual(
      {
        REQUEST_TIMED_OUT: ErrorCodes.REQUEST_TIMED_OUT,
        POLICY_VIOLATION: ErrorCodes.POLICY_VIOLATION,
        INVALID_REQUEST: ErrorCodes.INVALID_REQUEST,
        INVALID_CONFIG: ErrorCodes.INVALID_CONFIG,
        INVALID_RECORD: ErrorCodes.INVALID_RECORD,
        CLUSTER_AUTHORIZATION_FAILED: ErrorCodes.CLUSTER_AUTHORIZATION_FAILED,
        TOPIC_AUTHORIZATION_FAILED: ErrorCodes.TOPIC_AUTHORIZATION_FAILED,
      },
      {
        REQUEST_TIMED_OUT: 7,
        POLICY_VIOLATION: 44,
        INVALID_REQUEST: 42,
        INVALID_CONFIG: 40,
        INVALID_RECORD: 87,
        CLUSTER_AUTHORIZATION_FAILED: 31,
        TOPIC_AUTHORIZATION_FAILED: 29,
      },
    );
  });
});
