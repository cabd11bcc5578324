// What the gateway is doing: its listeners, the upstream brokers it sees, the loaded sandboxes
// and their memory and CPU, and which policies would run for a given topic and client.
import type { FastifyPluginAsync } from 'fastify';
import type { AdminAppOptions } from '../app.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;

export function statusRoutes(opts: AdminAppOptions): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/listeners',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'Listeners and their open connections',
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async () => opts.facts.listeners(),
    );
    app.get(
      '/brokers',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'Upstream brokers Sluice knows',
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async () => opts.facts.brokers(),
    );
    app.get(
      '/sandboxes',
      {
        config: { access: 'viewer' },
        schema: { summary: 'Sandbox workers and per-policy memory and CPU', response: { 200: anyObject } },
      },
      async () => opts.facts.sandboxes(),
    );
    app.get(
      '/chain',
      {
        config: { access: 'viewer' },
        schema: {
          summary: 'The policies that run for a topic, principal, client id and listener, in order',
          querystring: {
            type: 'object',
            properties: {
              topic: { type: 'string', maxLength: 249 },
              principal: { type: 'string', maxLength: 1024 },
              clientId: { type: 'string', maxLength: 1024 },
              listener: { type: 'string', maxLength: 256 },
            },
            additionalProperties: false,
          },
          response: { 200: { type: 'array', items: anyObject } },
        },
      },
      async (req) => opts.facts.chain(req.query as Record<string, string>),
    );
  };
}
