// The engine's public surface for the gateway and the admin API. Import from here, not from
// the files behind it. `engine.coverage` (CoverageView) answers what the gateway must decode;
// HOOKS says which api keys each hook runs for.

/** Kafka's error codes by name: the one generated table (kafka/generated/error-codes.ts). */
export { KAFKA_ERROR_CODES as KafkaErrors } from '../kafka/generated/error-codes.ts';
export type { BatchRecord } from '../sdk/host/batch.ts';
/** The requests the admin hooks see, as the gateway hands them to run*(). */
export type {
  AlterConfigsRequest,
  ConfigChange,
  ConfigOperation,
  ConfigResource,
  ConfigResourceType,
  CreatableTopic,
  CreateTopicsRequest,
  GenericRequest,
  HookName,
} from '../sdk/types.ts';
export type { HostCapabilities, KmsProvider, SchemaSource } from './capabilities.ts';
export type { FetchPartitionBatch } from './chain/fetch.ts';
export type { ProducePartitionBatch } from './chain/produce.ts';
export type { RequestContext } from './chain/request-context.ts';
export type { CompiledPolicy, CompileInput, CompileResult, Diagnostic, DiagnosticCode } from './compile.ts';
export { ALLOWED_PACKAGES, compilePolicy } from './compile.ts';
export type { CoverageView } from './coverage.ts';
export type { DeployedPolicy, PolicyDeployment } from './deployments.ts';
export type { EngineErrorCode } from './errors.ts';
export { ENGINE_ERROR_CODES, EngineError } from './errors.ts';
export type { HookSpec } from './hooks.ts';
export { HOOKS } from './hooks.ts';
export { createEngineLogger, REDACT_PATHS } from './logger.ts';
export { Counter, MetricsRegistry } from './metrics.ts';
export type {
  AlterConfigsOutcome,
  CreateTopicsOutcome,
  FetchOutcome,
  GenericRequestOutcome,
  ProduceOutcome,
  RecordErrorOut,
  Rejection,
  TraceEntry,
} from './outcome.ts';
export type { EngineOptions } from './policy-engine.ts';
export { PolicyEngine } from './policy-engine.ts';
export type { FailureKind, SandboxLimits } from './sandbox/messages.ts';
export { DEFAULT_LIMITS } from './sandbox/messages.ts';
export type { ShadowComparison, ShadowSink, ShadowVerdict } from './shadow.ts';
export { logVerdicts, type VerdictEvent, type VerdictSink, verdictMessage } from './verdicts.ts';
