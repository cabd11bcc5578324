// Liveness, readiness and Prometheus metrics: open to probes and scrapers (no credentials)
// unless `admin.protectMetrics` is set.
import type { FastifyPluginAsync } from 'fastify';
import type { AdminAppOptions } from '../app.ts';

export function healthRoutes(opts: AdminAppOptions): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/health/live',
      {
        config: { access: 'public' },
        schema: {
          summary: 'The process is up',
          response: { 200: { type: 'object', properties: { status: { type: 'string' } } } },
        },
      },
      async () => ({ status: 'live' }),
    );
    app.get(
      '/health/ready',
      {
        config: { access: 'public' },
        schema: {
          summary: 'Upstream metadata is known and every active policy is loaded',
          response: {
            '2xx': {
              type: 'object',
              properties: {
                status: { type: 'string' },
                reasons: { type: 'array', items: { type: 'string' } },
              },
            },
            503: {
              type: 'object',
              properties: {
                status: { type: 'string' },
                reasons: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
      async (_req, reply) => {
        const r = opts.facts.ready();
        return reply
          .status(r.ready ? 200 : 503)
          .send({ status: r.ready ? 'ready' : 'not-ready', reasons: r.reasons });
      },
    );
    app.get(
      '/metrics',
      {
        config: { access: 'public' },
        schema: {
          summary: 'Prometheus metrics (text exposition format)',
          produces: ['text/plain'],
          response: { 200: { type: 'string' } },
        },
      },
      async (_req, reply) => reply.type(opts.metrics.contentType).send(await opts.metrics.render()),
    );
  };
}
