// Shadow runs of a policy: a stored revision runs beside the active one on live traffic, in
// audit mode, on every replica; each replica counts where their verdicts differ and keeps the
// first differing records (topic, partition, offset). Then the user promotes it or stops it.
import type { FastifyPluginAsync } from 'fastify';
import type { ShadowEntry } from '../../control/state.ts';
import type { AdminAppOptions } from '../app.ts';
import { actorOf, ifMatchOf, nameParams, writeResult, written } from './policies.ts';

const MAX_SAMPLE = 1000;

const sampleSchema = {
  type: 'object',
  properties: {
    hook: { type: 'string' },
    topic: { type: ['string', 'null'] },
    partition: { type: ['integer', 'null'] },
    offset: { type: ['integer', 'null'] },
    batchIndex: { type: 'integer' },
    active: { type: 'string' },
    shadow: { type: 'string' },
    reason: { type: 'string' },
    at: { type: 'string' },
  },
} as const;

const shadowSchema = {
  type: 'object',
  properties: {
    policy: { type: 'string' },
    revision: { type: 'string' },
    active: { type: ['string', 'null'] },
    by: { type: 'string' },
    at: { type: 'string' },
    sample: { type: 'integer' },
    replica: { type: 'string' },
    report: {
      type: ['object', 'null'],
      description: "This replica's comparisons since the shadow started here.",
      properties: {
        since: { type: 'string' },
        compared: { type: 'integer' },
        differing: { type: 'integer' },
        differingRecords: { type: 'integer' },
        byVerdict: { type: 'object', additionalProperties: { type: 'integer' } },
        first: { type: 'array', items: sampleSchema },
      },
    },
  },
} as const;

export function shadowRoutes(opts: AdminAppOptions): FastifyPluginAsync {
  const { controller, facts } = opts;
  /** The shadow run as the store has it, with what this replica has seen of it. */
  const view = (name: string, entry: ShadowEntry) => {
    const report = facts.shadowReport?.(name);
    const same = report?.shadowRevision === entry.revision;
    return {
      policy: name,
      revision: entry.revision as string,
      active: controller.state.active(name)?.revision ?? null,
      by: entry.by,
      at: entry.at,
      ...(entry.sample !== undefined ? { sample: entry.sample } : {}),
      ...(facts.replica ? { replica: facts.replica } : {}),
      report:
        report && same
          ? {
              since: report.since,
              compared: report.compared,
              differing: report.differing,
              differingRecords: report.differingRecords,
              byVerdict: report.byVerdict,
              first: report.first,
            }
          : null,
    };
  };
  return async (app) => {
    app.get(
      '/policies/:name/shadow',
      {
        config: { access: 'viewer' },
        schema: {
          summary: "The policy's shadow run and where its verdicts differed from the active revision's",
          params: nameParams,
          response: { 200: shadowSchema },
        },
      },
      async (req) => {
        const { name } = req.params as { name: string };
        return view(name, controller.shadowOf(name));
      },
    );

    app.put(
      '/policies/:name/shadow',
      {
        schema: {
          summary:
            'Run a stored revision beside the active one (audit mode, every replica); restarts the counts',
          params: nameParams,
          body: {
            type: 'object',
            properties: {
              revision: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
              sample: {
                type: 'integer',
                minimum: 1,
                maximum: MAX_SAMPLE,
                description: 'Differing records each replica keeps the details of (default 20).',
              },
            },
            required: ['revision'],
            additionalProperties: false,
          },
          response: { 201: shadowSchema },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        const { revision, sample } = req.body as { revision: string; sample?: number };
        const entry = await controller.startShadow(name, revision, actorOf(req), sample);
        return reply.status(201).send(view(name, entry));
      },
    );

    app.delete(
      '/policies/:name/shadow',
      {
        schema: {
          summary: "Stop the policy's shadow run on every replica",
          params: nameParams,
          response: { 204: { type: 'null' } },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        await controller.stopShadow(name, actorOf(req));
        return reply.status(204).send();
      },
    );

    app.post(
      '/policies/:name/shadow/promote',
      {
        schema: {
          summary: 'Make the shadow revision the active one and end the shadow run',
          params: nameParams,
          response: { 200: writeResult },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        return written(reply, await controller.promoteShadow(name, actorOf(req), ifMatchOf(req)));
      },
    );
  };
}
