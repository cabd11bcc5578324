// Sluice's own policy routes: push TypeScript policies (one source or several files), their
// immutable content-addressed revisions (list, get, activate, roll back, delete), and dry-runs
// against sample records. A push is compiled, loaded with its config in a sandbox of its own
// and its own tests run before anything is stored; then it is live at the next batch. Writes
// take `If-Match: "<generation>"` (the ETag of the policy) for optimistic concurrency.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { BatchRecord } from '../../../engine/index.ts';
import { isSafePath } from '../../control/compile-spec.ts';
import type { WriteResult } from '../../control/controller.ts';
import { POLICY_NAME, type PolicySpec, type Revision } from '../../control/revision.ts';
import type { AdminAppOptions } from '../app.ts';
import { AdminError } from '../errors.ts';

const MAX_FILES = 64;
const DEFAULT_ENTRY = 'policy.ts';
const DEFAULT_PRIORITY = 100;

const scopeSchema = {
  type: 'object',
  properties: {
    topics: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 512 }, maxItems: 1000 },
    principals: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 1024 }, maxItems: 1000 },
    clientIds: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 1024 }, maxItems: 1000 },
    listeners: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256 }, maxItems: 100 },
    exclude: {
      type: 'object',
      properties: {
        principals: {
          type: 'array',
          items: { type: 'string', minLength: 1, maxLength: 1024 },
          maxItems: 1000,
        },
        listeners: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256 }, maxItems: 100 },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
} as const;

const specProperties = {
  source: {
    type: 'string',
    minLength: 1,
    description: 'The policy, one TypeScript file (becomes policy.ts).',
  },
  files: {
    type: 'object',
    description: 'Several files: relative path → TypeScript source; *.test.ts files are run before storing.',
    additionalProperties: { type: 'string' },
    maxProperties: MAX_FILES,
  },
  entry: {
    type: 'string',
    minLength: 1,
    maxLength: 512,
    description: 'The file whose default export is the policy.',
  },
  config: {
    type: 'object',
    additionalProperties: true,
    description: "The policy's config, checked by its schema.",
  },
  scope: scopeSchema,
  priority: { type: 'integer', minimum: 0, maximum: 1000000 },
  mode: { type: 'string', enum: ['enforce', 'audit'] },
  onError: { type: 'string', enum: ['closed', 'open'] },
  kmsKeys: {
    type: 'array',
    maxItems: 100,
    items: { type: 'string', minLength: 1, maxLength: 2048 },
    description: 'KMS key names (or globs such as alias/customer-*) the policy may use; default none.',
  },
} as const;

export const nameParams = {
  type: 'object',
  properties: { name: { type: 'string', pattern: POLICY_NAME.source } },
  required: ['name'],
} as const;

const revisionParams = {
  type: 'object',
  properties: {
    name: { type: 'string', pattern: POLICY_NAME.source },
    revision: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
  },
  required: ['name', 'revision'],
} as const;

const activeSchema = {
  type: ['object', 'null'],
  properties: {
    revision: { type: ['string', 'null'] },
    previous: { type: ['string', 'null'] },
    generation: { type: 'integer' },
    by: { type: 'string' },
    at: { type: 'string' },
  },
} as const;

const revisionMeta = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    pushedBy: { type: 'string' },
    pushedAt: { type: 'string' },
    entry: { type: 'string' },
    files: { type: 'array', items: { type: 'string' } },
    priority: { type: 'integer' },
    mode: { type: 'string' },
    onError: { type: 'string' },
    kmsKeys: { type: 'array', items: { type: 'string' } },
    scope: { type: 'object', additionalProperties: true },
    pluginClass: { type: 'string' },
  },
} as const;

export const writeResult = {
  type: 'object',
  properties: {
    policy: { type: 'string' },
    revision: { type: ['string', 'null'] },
    generation: { type: 'integer' },
    created: { type: 'boolean' },
    changed: { type: 'boolean' },
  },
} as const;

type PushBody = {
  source?: string;
  files?: Record<string, string>;
  entry?: string;
  config?: Record<string, unknown>;
  scope?: PolicySpec['scope'];
  priority?: number;
  mode?: PolicySpec['mode'];
  onError?: PolicySpec['onError'];
  kmsKeys?: string[];
};

/** A push's body as the spec it stands for; every problem names its field. */
export function specFromBody(name: string, body: PushBody): PolicySpec {
  const bad = (field: string, message: string) =>
    new AdminError('SLUICE_ADMIN_INVALID_REQUEST', 400, message, { details: { field: `body.${field}` } });
  if ((body.source === undefined) === (body.files === undefined)) {
    throw bad('source', 'give the policy as `source` (one file) or `files` (several), not both or neither');
  }
  if (body.kmsKeys && body.kmsKeys.length > 0 && body.onError === 'open') {
    // A produce batch whose KMS call fails or times out would then reach Kafka in clear.
    throw bad('onError', 'must be closed for a policy granted kmsKeys');
  }
  const files = body.files ?? { [DEFAULT_ENTRY]: body.source! };
  const paths = Object.keys(files);
  if (paths.length === 0) throw bad('files', 'must name at least one file');
  for (const p of paths) {
    if (!isSafePath(p) || !p.endsWith('.ts'))
      throw bad(`files.${p}`, `${p}: a relative .ts path inside the policy folder`);
  }
  const candidates = paths.filter((p) => !p.endsWith('.test.ts'));
  const entry =
    body.entry ??
    (candidates.length === 1
      ? candidates[0]
      : files[DEFAULT_ENTRY] !== undefined
        ? DEFAULT_ENTRY
        : undefined);
  if (entry === undefined)
    throw bad('entry', 'several files: name the entry (the file whose default export is the policy)');
  if (files[entry] === undefined) throw bad('entry', `${entry} is not one of the files`);
  return {
    name,
    files,
    entry,
    config: body.config ?? {},
    ...(body.scope ? { scope: body.scope } : {}),
    priority: body.priority ?? DEFAULT_PRIORITY,
    ...(body.mode ? { mode: body.mode } : {}),
    ...(body.onError ? { onError: body.onError } : {}),
    ...(body.kmsKeys && body.kmsKeys.length > 0 ? { kmsKeys: [...body.kmsKeys] } : {}),
  };
}

/** `If-Match: "3"` → 3; absent → undefined. */
export function ifMatchOf(req: FastifyRequest): number | undefined {
  const raw = req.headers['if-match'];
  if (raw === undefined || raw === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(String(raw));
  if (!m) {
    throw new AdminError(
      'SLUICE_ADMIN_INVALID_REQUEST',
      400,
      'If-Match must be a policy generation, e.g. "3"',
      {
        details: { field: 'headers.if-match' },
      },
    );
  }
  return Number(m[1]);
}

function meta(r: Revision) {
  const s = r.spec;
  return {
    id: r.id,
    pushedBy: r.pushedBy,
    pushedAt: r.pushedAt,
    entry: s.entry,
    files: Object.keys(s.files),
    priority: s.priority,
    ...(s.mode ? { mode: s.mode } : {}),
    ...(s.onError ? { onError: s.onError } : {}),
    ...(s.kmsKeys ? { kmsKeys: s.kmsKeys } : {}),
    ...(s.scope ? { scope: s.scope } : {}),
    ...(s.pluginClass ? { pluginClass: s.pluginClass } : {}),
  };
}

/** Who makes an admin write, for the audit trail. */
export const actorOf = (req: FastifyRequest) => ({ user: req.principal?.name ?? 'anonymous' });

export function written(reply: FastifyReply, r: WriteResult, status = 200) {
  reply.header('etag', `"${r.generation}"`);
  return reply.status(status).send(r);
}

export function policyRoutes(opts: AdminAppOptions): FastifyPluginAsync {
  const { controller, checker } = opts;
  return async (app) => {
    app.get(
      '/policies',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'Every pushed policy and its active revision',
          response: {
            200: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  active: activeSchema,
                  revisions: { type: 'integer' },
                },
              },
            },
          },
        },
      },
      async () =>
        controller.list().map((v) => ({ name: v.name, active: v.active, revisions: v.revisions.length })),
    );

    app.put(
      '/policies/:name',
      {
        schema: {
          summary:
            'Push a policy: compile, load with its config, run its tests, store a revision, activate it',
          params: nameParams,
          querystring: {
            type: 'object',
            properties: { activate: { type: 'boolean', default: true } },
            additionalProperties: false,
          },
          body: { type: 'object', properties: specProperties, additionalProperties: false },
          response: { 200: writeResult, 201: writeResult },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        const { activate } = req.query as { activate: boolean };
        const spec = specFromBody(name, req.body as PushBody);
        const ifMatch = ifMatchOf(req);
        const compiled = await checker.check(spec);
        const r = await controller.push(spec, actorOf(req), { activate, ifMatch, compiled });
        return written(reply, r, r.created ? 201 : 200);
      },
    );

    app.get(
      '/policies/:name',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'A policy: its active revision and every revision',
          params: nameParams,
          response: {
            200: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                active: activeSchema,
                live: {
                  type: ['string', 'null'],
                  description:
                    "The revision this replica's data plane runs; it trails `active` while a new one is compiled and loaded.",
                },
                revisions: { type: 'array', items: revisionMeta },
              },
            },
          },
        },
      },
      async (req, reply) => {
        const v = controller.view((req.params as { name: string }).name);
        reply.header('etag', `"${v.active?.generation ?? 0}"`);
        return {
          name: v.name,
          active: v.active,
          live: controller.live(v.name),
          revisions: v.revisions.map(meta),
        };
      },
    );

    app.delete(
      '/policies/:name',
      {
        schema: {
          summary: 'Deactivate a policy and forget its revisions',
          params: nameParams,
          response: { 204: { type: 'null' } },
        },
      },
      async (req, reply) => {
        await controller.delete((req.params as { name: string }).name, actorOf(req), ifMatchOf(req));
        return reply.status(204).send();
      },
    );

    app.get(
      '/policies/:name/revisions',
      {
        config: { access: 'viewer' },
        schema: {
          summary: "A policy's revisions, oldest first",
          params: nameParams,
          response: { 200: { type: 'array', items: revisionMeta } },
        },
      },
      async (req) => controller.view((req.params as { name: string }).name).revisions.map(meta),
    );

    app.get(
      '/policies/:name/revisions/:revision',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'One revision whole: its files, config, scope, who pushed it and when',
          params: revisionParams,
          response: {
            200: {
              type: 'object',
              properties: {
                ...revisionMeta.properties,
                sources: { type: 'object', additionalProperties: { type: 'string' } },
                config: { type: 'object', additionalProperties: true },
                active: { type: 'boolean' },
              },
            },
          },
        },
      },
      async (req) => {
        const { name, revision } = req.params as { name: string; revision: string };
        const r = controller.revision(name, revision);
        return {
          ...meta(r),
          sources: r.spec.files,
          config: r.spec.config,
          active: controller.state.active(name)?.revision === r.id,
        };
      },
    );

    app.delete(
      '/policies/:name/revisions/:revision',
      {
        schema: {
          summary: 'Delete a revision that is not active',
          params: revisionParams,
          response: { 204: { type: 'null' } },
        },
      },
      async (req, reply) => {
        const { name, revision } = req.params as { name: string; revision: string };
        await controller.deleteRevision(name, revision, actorOf(req));
        return reply.status(204).send();
      },
    );

    app.post(
      '/policies/:name/activate',
      {
        schema: {
          summary: 'Make a stored revision the active one',
          params: nameParams,
          body: {
            type: 'object',
            properties: { revision: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' } },
            required: ['revision'],
            additionalProperties: false,
          },
          response: { 200: writeResult },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        const { revision } = req.body as { revision: string };
        return written(reply, await controller.activate(name, revision, actorOf(req), ifMatchOf(req)));
      },
    );

    app.post(
      '/policies/:name/rollback',
      {
        schema: {
          summary:
            'Go back to an earlier revision (by default the one that was active before the active one)',
          params: nameParams,
          body: {
            type: ['object', 'null'],
            properties: { revision: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' } },
            additionalProperties: false,
          },
          response: { 200: writeResult },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        const to = (req.body as { revision?: string } | null)?.revision;
        return written(reply, await controller.rollback(name, actorOf(req), to, ifMatchOf(req)));
      },
    );

    app.post(
      '/dry-run',
      {
        config: { access: 'viewer' },
        schema: {
          summary:
            'Evaluate a policy (pushed, or given inline) on sample records without activating anything',
          body: {
            type: 'object',
            properties: {
              policy: {
                type: 'string',
                pattern: POLICY_NAME.source,
                description: 'A pushed policy (its active revision, or `revision`).',
              },
              revision: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
              inline: { type: 'object', properties: specProperties, additionalProperties: false },
              hook: { type: 'string', enum: ['onProduce', 'onFetch'], default: 'onProduce' },
              topic: { type: 'string', minLength: 1, maxLength: 249 },
              partition: { type: 'integer', minimum: 0, default: 0 },
              principal: { type: 'string', maxLength: 1024 },
              clientId: { type: 'string', maxLength: 1024 },
              last: {
                type: 'integer',
                minimum: 1,
                maximum: 1000,
                description:
                  'Instead of `records`: the last N records of `topic`-`partition`, read from Kafka.',
              },
              records: {
                type: 'array',
                maxItems: 10000,
                items: {
                  type: 'object',
                  properties: {
                    key: { type: ['string', 'null'] },
                    value: { type: ['string', 'null'] },
                    headers: { type: 'object', additionalProperties: { type: ['string', 'null'] } },
                    timestamp: { type: 'integer' },
                  },
                  additionalProperties: false,
                },
              },
            },
            required: ['topic'],
            additionalProperties: false,
          },
          response: { 200: { type: 'object', additionalProperties: true } },
        },
      },
      async (req) => {
        const b = req.body as {
          policy?: string;
          revision?: string;
          inline?: PushBody;
          hook: 'onProduce' | 'onFetch';
          topic: string;
          partition: number;
          principal?: string;
          clientId?: string;
          last?: number;
          records?: {
            key?: string | null;
            value?: string | null;
            headers?: Record<string, string | null>;
            timestamp?: number;
          }[];
        };
        let spec: PolicySpec;
        if (b.inline) {
          spec = specFromBody('dry-run', b.inline);
        } else if (b.policy) {
          const id = b.revision ?? controller.state.active(b.policy)?.revision;
          if (!id)
            throw new AdminError('SLUICE_ADMIN_NOT_FOUND', 404, `policy ${b.policy} has no active revision`);
          spec = controller.revision(b.policy, id).spec;
        } else {
          throw new AdminError(
            'SLUICE_ADMIN_INVALID_REQUEST',
            400,
            'name a pushed `policy` or give one `inline`',
            {
              details: { field: 'body.policy' },
            },
          );
        }
        if ((b.records === undefined) === (b.last === undefined)) {
          throw new AdminError(
            'SLUICE_ADMIN_INVALID_REQUEST',
            400,
            'give sample `records` or `last` (records read from the topic), one of them',
            { details: { field: 'body.records' } },
          );
        }
        const compiled = await checker.check(spec);
        const now = Date.now();
        const read = b.last ? await readFromTopic(opts, b.topic, b.partition, b.last) : undefined;
        const records: BatchRecord[] =
          read?.map((r) => r.record) ??
          (b.records ?? []).map((r, i) => ({
            key: r.key == null ? null : Buffer.from(r.key),
            value: r.value == null ? null : Buffer.from(r.value),
            headers: Object.entries(r.headers ?? {}).map(([key, v]) => ({
              key,
              value: v === null ? null : Buffer.from(v),
            })),
            timestamp: r.timestamp ?? now,
            offsetDelta: i,
          }));
        const outcome = await checker.dryRun(spec, compiled, {
          hook: b.hook,
          topic: b.topic,
          partition: b.partition,
          records,
          principal: b.principal,
          clientId: b.clientId,
        });
        return { ...describeOutcome(outcome), ...(read ? { offsets: read.map((r) => r.offset) } : {}) };
      },
    );
  };
}

/** The records a dry run reads from Kafka; a partition Sluice cannot read is the caller's 400. */
async function readFromTopic(opts: AdminAppOptions, topic: string, partition: number, last: number) {
  const read = opts.facts.recentRecords;
  if (!read) {
    throw new AdminError(
      'SLUICE_ADMIN_INVALID_REQUEST',
      400,
      'this admin API reads no topics: give `records`',
      {
        details: { field: 'body.last' },
      },
    );
  }
  try {
    return await read(topic, partition, last);
  } catch (err) {
    throw new AdminError(
      'SLUICE_ADMIN_INVALID_REQUEST',
      400,
      `cannot read the last ${last} records of ${topic}-${partition}: ${(err as Error).message}`,
      { details: { field: 'body.topic' } },
    );
  }
}

/** An outcome as JSON: the verdict, its message and code, and the records as they would go on. */
function describeOutcome(o: unknown) {
  const out = o as {
    action: string;
    errorCode?: number;
    errorMessage?: string;
    recordErrors?: unknown[];
    records?: BatchRecord[] | null;
    acks?: number;
    compression?: string;
    trace?: unknown[];
  };
  const text = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString('utf8'));
  return {
    action: out.action,
    ...(out.errorCode !== undefined ? { errorCode: out.errorCode, errorMessage: out.errorMessage } : {}),
    ...(out.recordErrors ? { recordErrors: out.recordErrors } : {}),
    ...(out.acks !== undefined ? { acks: out.acks, compression: out.compression } : {}),
    ...(out.records
      ? {
          records: out.records.map((r) => ({
            key: text(r.key),
            value: text(r.value),
            headers: Object.fromEntries(r.headers.map((h) => [h.key, text(h.value)])),
            timestamp: r.timestamp,
          })),
        }
      : {}),
    trace: out.trace ?? [],
  };
}
