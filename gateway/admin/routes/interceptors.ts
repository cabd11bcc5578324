// The v2 interceptor routes of the well-known commercial Kafka gateway, so scripts written for
// it work unchanged (see docs/admin-api.md).
import type { FastifyPluginAsync } from 'fastify';
import type { AdminAppOptions } from '../app.ts';

export function interceptorRoutes(_opts: AdminAppOptions): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/interceptor',
      { config: { access: 'viewer' }, schema: { summary: 'Interceptors (v2 API)' } },
      async () => [],
    );
  };
}
