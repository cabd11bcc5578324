// CreateTopics, AlterConfigs and IncrementalAlterConfigs through the policy chain, one topic
// or resource at a time: a refused one gets POLICY_VIOLATION (44, or the policy's own code)
// with the policy's message in a response Sluice writes, and the others go on (Kafka handles
// each topic of these requests on its own too). What passes goes to the broker,
// re-encoded only if a policy changed it, and the broker's answer is merged with Sluice's in
// the order of the request.
import type {
  ConfigOperation,
  ConfigResourceType,
  RequestContext as EngineRequestContext,
} from '../../engine/index.ts';
import { API_KEYS } from '../../kafka/apis.ts';
import type {
  AlterConfigsRequest,
  AlterConfigsResponseAlterConfigsResourceResponse,
} from '../../kafka/generated/alter-configs.ts';
import type {
  CreateTopicsRequest,
  CreateTopicsResponse,
  CreateTopicsResponseCreatableTopicResult,
} from '../../kafka/generated/create-topics.ts';
import type { IncrementalAlterConfigsRequest } from '../../kafka/generated/incremental-alter-configs.ts';
import {
  answer,
  defineFilter,
  type Filter,
  type RequestContext,
  type RequestVerdict,
} from '../pipeline/filter.ts';
import { engineContext, type PolicyRuntime } from '../policy/service.ts';

type Rejected = { errorCode: number; errorMessage: string };

/**
 * Runs the chain once per topic or resource (as Kafka's own CreateTopicPolicy and
 * AlterConfigPolicy do), so a refusal names exactly what it refuses and the rest goes on.
 */
async function perItem<I, R>(
  items: I[],
  nameOf: (item: I) => string,
  run: (
    item: I,
  ) => Promise<{ action: 'forward' } | { action: 'modify'; request: R } | ({ action: 'reject' } & Rejected)>,
): Promise<{ passed: { item: I; changed: R | null }[]; refused: Map<string, Rejected>; changed: boolean }> {
  const outcomes = await Promise.all(items.map(run));
  const refused = new Map<string, Rejected>();
  const passed: { item: I; changed: R | null }[] = [];
  let changed = false;
  outcomes.forEach((o, i) => {
    if (o.action === 'reject') {
      refused.set(nameOf(items[i]), { errorCode: o.errorCode, errorMessage: o.errorMessage });
      changed = true;
    } else if (o.action === 'modify') {
      passed.push({ item: items[i], changed: o.request });
      changed = true;
    } else {
      passed.push({ item: items[i], changed: null });
    }
  });
  return { passed, refused, changed };
}

// --- CreateTopics --------------------------------------------------------------------

export async function interceptCreateTopics(
  svc: PolicyRuntime,
  rc: EngineRequestContext,
  req: CreateTopicsRequest,
  ctx: RequestContext<typeof API_KEYS.CreateTopics>,
): Promise<RequestVerdict<typeof API_KEYS.CreateTopics> | undefined> {
  const view = (topics: CreateTopicsRequest['topics']) => ({
    validateOnly: req.validateOnly ?? false,
    topics: topics.map((t) => ({
      name: t.name,
      numPartitions: t.numPartitions,
      replicationFactor: t.replicationFactor,
      configs: Object.fromEntries(t.configs.map((c) => [c.name, c.value])),
    })),
  });
  const { passed, refused, changed } = await svc.run((e) =>
    perItem(
      req.topics,
      (t) => t.name,
      (t) => e.runCreateTopics(rc, view([t])),
    ),
  );
  if (!changed) return undefined;
  const topics = passed.map(({ item: t, changed: c }) => {
    const m = c?.topics.find((x) => x.name === t.name);
    if (!m) return t;
    return {
      ...t,
      numPartitions: m.numPartitions,
      replicationFactor: m.replicationFactor,
      configs: Object.entries(m.configs).map(([name, value]) => ({ name, value })),
    };
  });
  const order = req.topics.map((t) => t.name);
  const local = (name: string, e: Rejected): CreateTopicsResponseCreatableTopicResult => ({
    name,
    errorCode: e.errorCode,
    errorMessage: e.errorMessage,
    numPartitions: -1,
    replicationFactor: -1,
    configs: null,
    topicConfigErrorCode: 0,
  });
  const merge = (broker: CreateTopicsResponse['topics']): CreateTopicsResponse['topics'] => {
    const found = new Map(broker.map((t) => [t.name, t]));
    for (const [name, e] of refused) found.set(name, local(name, e));
    return order.filter((n) => found.has(n)).map((n) => found.get(n)!);
  };
  if (topics.length === 0) return answer({ throttleTimeMs: 0, topics: merge([]) });
  req.topics = topics;
  ctx.markModified();
  if (refused.size > 0) {
    ctx.onResponse((response, rctx) => {
      response.topics = merge(response.topics);
      rctx.markModified();
    });
  }
  return undefined;
}

// --- AlterConfigs / IncrementalAlterConfigs ----------------------------------------------

const RESOURCE_TYPES: Record<number, ConfigResourceType> = {
  2: 'topic',
  4: 'broker',
  8: 'broker_logger',
  16: 'client_metrics',
  32: 'group',
};
const OPERATIONS: ConfigOperation[] = ['set', 'delete', 'append', 'subtract'];

type AnyAlter = AlterConfigsRequest | IncrementalAlterConfigsRequest;
type AnyResource = AnyAlter['resources'][number];

const resourceName = (r: AnyResource) => `${RESOURCE_TYPES[r.resourceType] ?? 'unknown'}:${r.resourceName}`;

export async function interceptAlterConfigs(
  svc: PolicyRuntime,
  rc: EngineRequestContext,
  req: AnyAlter,
  ctx: RequestContext<typeof API_KEYS.AlterConfigs | typeof API_KEYS.IncrementalAlterConfigs>,
): Promise<
  RequestVerdict<typeof API_KEYS.AlterConfigs | typeof API_KEYS.IncrementalAlterConfigs> | undefined
> {
  const incremental = ctx.head.apiKey === API_KEYS.IncrementalAlterConfigs;
  const view = (resources: AnyResource[]) => ({
    incremental,
    validateOnly: req.validateOnly,
    resources: resources.map((r) => ({
      type: RESOURCE_TYPES[r.resourceType] ?? 'unknown',
      name: r.resourceName,
      configs: r.configs.map((c) => ({
        name: c.name,
        value: c.value,
        op: 'configOperation' in c ? (OPERATIONS[c.configOperation] ?? 'set') : 'set',
      })),
    })),
  });
  const { passed, refused, changed } = await svc.run((e) =>
    perItem(req.resources as AnyResource[], resourceName, (r) => e.runAlterConfigs(rc, view([r]))),
  );
  if (!changed) return undefined;
  const resources = passed.map(({ item: r, changed: c }) => {
    const m = c?.resources.find((x) => `${x.type}:${x.name}` === resourceName(r));
    if (!m) return r;
    const configs = m.configs.map((x) =>
      incremental
        ? { name: x.name, value: x.value, configOperation: Math.max(0, OPERATIONS.indexOf(x.op)) }
        : { name: x.name, value: x.value },
    );
    return { ...r, configs } as AnyResource;
  });
  const order = (req.resources as AnyResource[]).map(resourceName);
  const merge = (
    broker: AlterConfigsResponseAlterConfigsResourceResponse[],
  ): AlterConfigsResponseAlterConfigsResourceResponse[] => {
    const found = new Map<string, AlterConfigsResponseAlterConfigsResourceResponse>();
    for (const r of broker) found.set(`${RESOURCE_TYPES[r.resourceType] ?? 'unknown'}:${r.resourceName}`, r);
    for (const r of req.resources as AnyResource[]) {
      const e = refused.get(resourceName(r));
      if (e) found.set(resourceName(r), { ...e, resourceType: r.resourceType, resourceName: r.resourceName });
    }
    return order.filter((n) => found.has(n)).map((n) => found.get(n)!);
  };
  if (resources.length === 0) return answer({ throttleTimeMs: 0, responses: merge([]) });
  req.resources = resources as typeof req.resources;
  ctx.markModified();
  if (refused.size > 0) {
    ctx.onResponse((response, rctx) => {
      response.responses = merge(response.responses);
      rctx.markModified();
    });
  }
  return undefined;
}

/** CreateTopics, AlterConfigs and IncrementalAlterConfigs through the running PolicyRuntime's admin policies. */
export function adminPolicies(current: () => PolicyRuntime | undefined): Filter {
  const wants = (hook: 'onCreateTopics' | 'onAlterConfigs') => () => current()?.hasHook(hook) === true;
  return defineFilter({
    name: 'policy-admin',
    requests: {
      [API_KEYS.CreateTopics]: {
        wants: wants('onCreateTopics'),
        on: (req, ctx) => interceptCreateTopics(current()!, engineContext(ctx), req, ctx),
      },
      [API_KEYS.AlterConfigs]: {
        wants: wants('onAlterConfigs'),
        on: (req, ctx) => interceptAlterConfigs(current()!, engineContext(ctx), req, ctx),
      },
      [API_KEYS.IncrementalAlterConfigs]: {
        wants: wants('onAlterConfigs'),
        on: (req, ctx) => interceptAlterConfigs(current()!, engineContext(ctx), req, ctx),
      },
    },
  });
}
