// The v2 interceptor routes of the well-known commercial Kafka gateway, so scripts written for
// it work unchanged: list (filtered by name and scope), upsert (with dryMode), delete by name
// and scope, resolve what applies to a caller, and the plugin classes Sluice accepts.
// Errors come as { title, msg, cause } (app.ts). See docs/admin-api.md.
import type { FastifyPluginAsync } from 'fastify';
import { Interceptors } from '../../control/interceptors.ts';
import { PLUGIN_CLASSES } from '../../control/plugins.ts';
import type { AdminAppOptions } from '../app.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const scopeBody = {
  type: ['object', 'null'],
  properties: {
    vCluster: { type: ['string', 'null'] },
    group: { type: ['string', 'null'] },
    username: { type: ['string', 'null'] },
  },
} as const;

export function interceptorRoutes(opts: AdminAppOptions): FastifyPluginAsync {
  const interceptors = new Interceptors(opts.controller, opts.checker);
  return async (app) => {
    app.get(
      '/interceptor',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'Interceptors, filtered by name and scope',
          querystring: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              global: { type: 'boolean' },
              vcluster: { type: 'string' },
              group: { type: 'string' },
              username: { type: 'string' },
            },
          },
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async (req) => {
        const q = req.query as {
          name?: string;
          global?: boolean;
          vcluster?: string;
          group?: string;
          username?: string;
        };
        return interceptors.list().filter((i) => {
          const s = i.metadata.scope;
          if (q.name !== undefined && i.metadata.name !== q.name) return false;
          if (q.global === true && (s.vCluster !== null || s.group !== null || s.username !== null))
            return false;
          if (q.vcluster !== undefined && s.vCluster !== q.vcluster) return false;
          if (q.group !== undefined && s.group !== q.group) return false;
          if (q.username !== undefined && s.username !== q.username) return false;
          return true;
        });
      },
    );

    app.put(
      '/interceptor',
      {
        schema: {
          summary: 'Create or update an interceptor (name + scope); dryMode only validates',
          querystring: { type: 'object', properties: { dryMode: { type: 'boolean', default: false } } },
          body: anyObject,
          response: {
            200: { type: 'object', properties: { resource: anyObject, upsertResult: { type: 'string' } } },
          },
        },
      },
      async (req) => {
        const { dryMode } = req.query as { dryMode: boolean };
        return interceptors.upsert(req.body, { user: req.principal?.name ?? 'anonymous' }, dryMode);
      },
    );

    app.delete(
      '/interceptor/:name',
      {
        schema: {
          summary: 'Delete the interceptor of this name in the scope given in the body (global when none)',
          params: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
          body: scopeBody,
          response: { 204: { type: 'null' }, 404: anyObject },
        },
      },
      async (req, reply) => {
        const { name } = req.params as { name: string };
        const scope = (req.body ?? undefined) as
          | { vCluster?: string | null; group?: string | null; username?: string | null }
          | undefined;
        const gone = await interceptors.delete(name, scope, { user: req.principal?.name ?? 'anonymous' });
        if (!gone) {
          return reply.status(404).send({
            title: 'SLUICE_CONTROL_NOT_FOUND',
            msg: `no interceptor ${name} in that scope`,
            cause: null,
          });
        }
        return reply.status(204).send();
      },
    );

    app.post(
      '/interceptor/resolve',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'The interceptors that apply to a caller, in order',
          body: {
            type: ['object', 'null'],
            properties: {
              vCluster: { type: ['string', 'null'] },
              groups: { type: 'array', items: { type: 'string' } },
              username: { type: ['string', 'null'] },
            },
          },
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async (req) =>
        interceptors.resolve((req.body ?? {}) as { vCluster?: string; groups?: string[]; username?: string }),
    );

    app.get(
      '/plugin',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'The plugin classes Sluice accepts',
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async () =>
        PLUGIN_CLASSES.map((p) => ({
          plugin: p.pluginClass,
          pluginId: p.pluginClass,
          title: p.title,
          description: p.description,
          readme: `# ${p.title}\n\n${p.description}\n`,
          version: '1.0.0',
        })),
    );
  };
}
