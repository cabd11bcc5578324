// The Sluice policy SDK: everything a policy module imports. Bundled into the sandbox with
// the policy, so it uses no Node APIs and imports nothing outside sdk/ but Kafka's error
// table (kafka/ is the pure ground floor; only the name → code map gets bundled).

/** Kafka error codes by name, for `reject(message, { errorCode: ErrorCodes.POLICY_VIOLATION })`. */
export { KAFKA_ERROR_CODES as ErrorCodes } from '../kafka/generated/error-codes.ts';
export type { ConfigOf, ConfigSpec, FieldSpec, FieldType } from './config.ts';
export { ConfigError, field } from './config.ts';
export type { Policy, PolicyDefinition } from './define.ts';
export { definePolicy, PolicyDefinitionError } from './define.ts';
export { decryptJsonFields, encryptJsonFields } from './fields.ts';
export type { JsonPath, JsonPathStep, JsonSlot } from './json-path.ts';
export { jsonPathSlots, parseJsonPath, setSlot, slotValue } from './json-path.ts';
export type { JsonSchemaError, JsonSchemaValidator } from './json-schema.ts';
export { globMatch, nameMatcher } from './patterns.ts';
export { RecordFormatError } from './runtime/record.ts';
export { hmacSha256, hmacSha256With, sha256, toHex } from './sha256.ts';
export type * from './types.ts';
export { accept, modify, reject } from './verdicts.ts';
