// Facts about Kafka errors that kafka-error-codes.tsv lacks, taken from kafka-clients 4.0.2
// (the version the test rig runs) with a ten-line Java program over `Errors.values()`.
// Update them together with the specs.

/** Errors whose exception is a `RetriableException`: a client may retry the request. */
export const RETRIABLE_ERRORS: ReadonlySet<string> = new Set([
  'CORRUPT_MESSAGE',
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_OR_FOLLOWER',
  'REQUEST_TIMED_OUT',
  'REPLICA_NOT_AVAILABLE',
  'NETWORK_EXCEPTION',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'NOT_CONTROLLER',
  'CONCURRENT_TRANSACTIONS',
  'KAFKA_STORAGE_ERROR',
  'FETCH_SESSION_ID_NOT_FOUND',
  'INVALID_FETCH_SESSION_EPOCH',
  'LISTENER_NOT_FOUND',
  'FENCED_LEADER_EPOCH',
  'UNKNOWN_LEADER_EPOCH',
  'OFFSET_NOT_AVAILABLE',
  'PREFERRED_LEADER_NOT_AVAILABLE',
  'ELIGIBLE_LEADERS_NOT_AVAILABLE',
  'ELECTION_NOT_NEEDED',
  'UNSTABLE_OFFSET_COMMIT',
  'THROTTLING_QUOTA_EXCEEDED',
  'UNKNOWN_TOPIC_ID',
  'INCONSISTENT_TOPIC_ID',
  'FETCH_SESSION_TOPIC_ID_ERROR',
  'SHARE_SESSION_NOT_FOUND',
  'INVALID_SHARE_SESSION_EPOCH',
]);

/** Errors kafka-clients 4.0.2 knows that the TSV does not list (code, name, message). */
export const ERRORS_MISSING_FROM_TSV: ReadonlyArray<{ code: number; name: string; message: string }> = [
  {
    code: 99,
    name: 'POSITION_OUT_OF_RANGE',
    message:
      'Requested position is not greater than or equal to zero, and less than the size of the snapshot.',
  },
  {
    code: 129,
    name: 'REBOOTSTRAP_REQUIRED',
    message: 'Client metadata is stale, client should rebootstrap to obtain new metadata.',
  },
];
