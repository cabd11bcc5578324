// The Sluice policy SDK: everything a policy module imports. Bundled into the sandbox with
// the policy, so it imports nothing outside sdk/ and uses no Node APIs.

export type { ConfigOf, ConfigSpec, FieldSpec, FieldType } from './config.ts';
export { ConfigError, field } from './config.ts';
export type { Policy, PolicyDefinition } from './define.ts';
export { definePolicy, PolicyDefinitionError } from './define.ts';
export { decryptJsonFields, encryptJsonFields } from './fields.ts';
export type { JsonSchemaError, JsonSchemaValidator } from './json-schema.ts';
export { RecordFormatError } from './record.ts';
export type * from './types.ts';
export { accept, ErrorCodes, modify, reject } from './verdicts.ts';
