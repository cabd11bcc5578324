// A PolicyRuntime whose engine a test scripts, per hook, the way franz-go's kfake lets a test
// script one api key: `onProduce(batch => outcome)`. Scopes are topic lists; no sandbox, no
// process. Outcomes are the engine's data (ProduceOutcome, FetchOutcome, …), so what is tested is
// how the gateway's policy filters turn them into Kafka answers.
import type {
  AlterConfigsOutcome,
  CreateTopicsOutcome,
  FetchOutcome,
  FetchPartitionBatch,
  GenericRequestOutcome,
  ProduceOutcome,
  ProducePartitionBatch,
  RequestContext,
} from '../../engine/index.ts';
import type { PolicyRunner, PolicyRuntime } from '../../gateway/policy/service.ts';
import type { AlterConfigsRequest, CreateTopicsRequest, GenericRequest, HookName } from '../../sdk/types.ts';

type Maybe<T> = T | Promise<T>;

export interface FakeScripts {
  onProduce?: (batch: ProducePartitionBatch, rc: RequestContext) => Maybe<ProduceOutcome>;
  onFetch?: (batch: FetchPartitionBatch, rc: RequestContext) => Maybe<FetchOutcome>;
  onCreateTopics?: (req: CreateTopicsRequest, rc: RequestContext) => Maybe<CreateTopicsOutcome>;
  onAlterConfigs?: (req: AlterConfigsRequest, rc: RequestContext) => Maybe<AlterConfigsOutcome>;
  onRequest?: (req: GenericRequest, rc: RequestContext) => Maybe<GenericRequestOutcome>;
  /** Topics each record hook covers (default: all). */
  produceTopics?: string[];
  fetchTopics?: string[];
  /** Api keys the onRequest hook sees (default: all). */
  requestApiKeys?: number[];
}

/** What a policy returns when it lets things through. */
export const FORWARD: { action: 'forward'; trace: [] } = { action: 'forward', trace: [] };

export class FakePolicies implements PolicyRuntime {
  readonly scripts: FakeScripts;
  /** Batches and requests each hook saw, in order. */
  readonly seen: { hook: HookName; what: unknown; rc: RequestContext }[] = [];
  readonly engine: PolicyRunner;

  constructor(scripts: FakeScripts) {
    this.scripts = scripts;
    const call = async <T>(
      hook: HookName,
      what: unknown,
      rc: RequestContext,
      fn: (() => Maybe<T>) | undefined,
      none: T,
    ) => {
      this.seen.push({ hook, what, rc });
      return fn ? fn() : none;
    };
    const s = scripts;
    this.engine = {
      runProduce: (rc, batch) =>
        call('onProduce', batch, rc, s.onProduce && (() => s.onProduce!(batch, rc)), FORWARD),
      runFetch: (rc, batch) =>
        call('onFetch', batch, rc, s.onFetch && (() => s.onFetch!(batch, rc)), FORWARD),
      runCreateTopics: (rc, req) =>
        call('onCreateTopics', req, rc, s.onCreateTopics && (() => s.onCreateTopics!(req, rc)), FORWARD),
      runAlterConfigs: (rc, req) =>
        call('onAlterConfigs', req, rc, s.onAlterConfigs && (() => s.onAlterConfigs!(req, rc)), FORWARD),
      runRequest: (rc, req) =>
        call('onRequest', req, rc, s.onRequest && (() => s.onRequest!(req, rc)), FORWARD),
    };
  }

  run<T>(fn: (engine: PolicyRunner) => Promise<T>): Promise<T> {
    return fn(this.engine);
  }

  hasHook(hook: HookName): boolean {
    return this.scripts[hook as keyof FakeScripts] !== undefined;
  }

  onRequestSees(apiKey: number): boolean {
    return this.scripts.requestApiKeys?.includes(apiKey) ?? true;
  }

  get hasProduce(): boolean {
    return this.scripts.onProduce !== undefined;
  }

  get hasFetch(): boolean {
    return this.scripts.onFetch !== undefined;
  }

  producesFor(topic: string): boolean {
    return this.hasProduce && (this.scripts.produceTopics?.includes(topic) ?? true);
  }

  fetchesFor(topic: string): boolean {
    return this.hasFetch && (this.scripts.fetchTopics?.includes(topic) ?? true);
  }
}

/** A produce rejection as the engine reports a policy's reject(). */
export function rejected(
  errorCode: number,
  errorMessage: string,
  recordErrors: { batchIndex: number; message: string | null }[] = [],
): ProduceOutcome {
  return {
    action: 'reject',
    errorCode,
    errorMessage,
    retriable: false,
    policy: 'fake',
    recordErrors,
    trace: [],
  };
}
