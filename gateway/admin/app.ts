// The admin API as a Fastify app, built without listening (tests use inject, server.ts
// listens): authentication and roles on every route but health and metrics, JSON errors with
// stable codes, request size limits, an OpenAPI 3.1 document generated from the route schemas,
// and the route modules: Sluice's own (/api/v1) and the v2 interceptor routes of the well-known
// commercial gateway (/gateway/v2), so scripts written for it work unchanged.

import type { SecureContextOptions } from 'node:tls';
import swagger from '@fastify/swagger';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';
import type { Logger } from 'pino';
import type { PolicyChecker } from '../control/checker.ts';
import type { PolicyController } from '../control/controller.ts';
import type { GatewayMetrics } from '../metrics.ts';
import type { ShadowSummary } from '../policy/shadow-report.ts';
import type { RecentRecord } from '../upstream/recent-records.ts';
import type { AdminAuth, Principal, Role } from './auth.ts';
import { AdminError, errorBodyFor, errorReply, errorResponses } from './errors.ts';
import { healthRoutes } from './routes/health.ts';
import { interceptorRoutes } from './routes/interceptors.ts';
import { policyRoutes } from './routes/policies.ts';
import { shadowRoutes } from './routes/shadow.ts';
import { statusRoutes } from './routes/status.ts';

/** What the admin API may ask of the running gateway. */
export interface GatewayFacts {
  listeners(): { name: string; routing: string; bind: string; connections: number }[];
  brokers(): { nodeId: number; host: string; port: number }[];
  /** Upstream metadata is known and every active policy is loaded. */
  ready(): { ready: boolean; reasons: string[] };
  sandboxes(): Promise<unknown>;
  /** The policies that would run for these, in order. */
  chain(q: { topic?: string; principal?: string; clientId?: string; listener?: string }): unknown[];
  /** The last `count` records of a partition, read from the upstream cluster (for a dry run). */
  recentRecords?(topic: string, partition: number, count: number): Promise<RecentRecord[]>;
  /** What this replica has seen of a policy's shadow run. */
  shadowReport?(policy: string): ShadowSummary | undefined;
  /** This replica's name (in the policy store and audit records). */
  replica?: string;
}

export interface AdminAppOptions {
  auth: AdminAuth;
  controller: PolicyController;
  checker: PolicyChecker;
  facts: GatewayFacts;
  metrics: GatewayMetrics;
  log: Logger;
  /** Largest request body accepted. */
  bodyLimit: number;
  /** Health and /metrics need no credentials (probes and scrapers) unless this is set. */
  protectMetrics?: boolean;
  /** Serve HTTPS with these; plain HTTP without. */
  https?: SecureContextOptions;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyInstance {
    /** Every documented route, in registration order. */
    sluiceRoutes: AdminRoute[];
  }
  interface FastifyContextConfig {
    /** Who may call the route: `viewer` reads, `admin` writes; `public` needs no credentials. */
    access?: Role | 'public';
  }
}

export const API_PREFIX = '/api/v1';

/** A route as the reference lists it. */
export interface AdminRoute {
  method: string;
  url: string;
  access: Role | 'public';
  summary: string;
}

export async function buildAdminApp(opts: AdminAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(opts.https ? { https: opts.https } : {}),
    loggerInstance: opts.log.child({ component: 'admin' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimit,
    ajv: { customOptions: { removeAdditional: false } },
    // Requests Fastify refuses before routing answer in the API's own error shape too.
    frameworkErrors: (err, req, reply) => {
      const body = {
        code: 'SLUICE_ADMIN_INVALID_REQUEST',
        message: err.code === 'FST_ERR_BAD_URL' ? 'the URL is not valid (bad percent-encoding)' : err.message,
      };
      // Typed loosely: Fastify types this reply for no route in particular.
      const r = reply as unknown as { status(code: number): { send(body: unknown): void } };
      r.status(400).send(errorBodyFor(req.url, body));
    },
    // A URL or headers beyond Node's limit never reach a route: 431, in the API's error shape.
    clientErrorHandler: (err, socket) => {
      if (!socket.writable) return socket.destroy();
      const tooLarge = (err as { code?: string }).code === 'HPE_HEADER_OVERFLOW';
      const body = JSON.stringify(
        tooLarge
          ? { code: 'SLUICE_ADMIN_TOO_LARGE', message: 'the URL or the headers are too large' }
          : { code: 'SLUICE_ADMIN_INVALID_REQUEST', message: 'malformed HTTP request' },
      );
      const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(
        `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    },
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Sluice admin API', version: '1' },
      components: {
        securitySchemes: {
          basic: { type: 'http', scheme: 'basic' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ basic: [] }, { bearer: [] }],
    },
  });

  // Every route documents the errors it can answer, written once here rather than per route;
  // and each is listed with who may call it, for the reference in docs/admin-api.md.
  const routes: AdminRoute[] = [];
  app.decorate('sluiceRoutes', routes);
  app.addHook('onRoute', (route) => {
    const schema = route.schema as
      | { response?: Record<number, unknown>; hide?: boolean; summary?: string }
      | undefined;
    if (!schema || schema.hide) return;
    schema.response = { ...errorResponses(route.url), ...schema.response };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        access: (route.config as { access?: AdminRoute['access'] } | undefined)?.access ?? 'admin',
        summary: schema.summary ?? '',
      });
    }
  });
  app.addHook('onRequest', async (req, reply) => authorize(req, reply, opts));
  app.addHook('onResponse', async (req, reply) => {
    opts.metrics.adminRequests.inc({
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    });
  });
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = errorReply(err);
    if (status >= 500)
      req.log.error({ err: err instanceof Error ? err.message : String(err) }, 'admin request failed');
    return reply.status(status).send(errorBodyFor(req.url, body));
  });
  app.setNotFoundHandler((req, reply) => {
    const body = {
      code: 'SLUICE_ADMIN_NOT_FOUND',
      message: `no route ${req.method} ${req.url.split('?')[0]}`,
    };
    return reply.status(404).send(errorBodyFor(req.url, body));
  });

  await app.register(healthRoutes(opts));
  await app.register(policyRoutes(opts), { prefix: API_PREFIX });
  await app.register(shadowRoutes(opts), { prefix: API_PREFIX });
  await app.register(statusRoutes(opts), { prefix: API_PREFIX });
  await app.register(interceptorRoutes(opts), { prefix: '/gateway/v2' });
  app.get(`${API_PREFIX}/openapi.json`, { config: { access: 'viewer' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  return app as unknown as FastifyInstance;
}

/** Credentials first (401/429), then the role the route needs (403). */
async function authorize(req: FastifyRequest, reply: FastifyReply, opts: AdminAppOptions): Promise<void> {
  const access = req.routeOptions.config?.access ?? 'admin';
  if (access === 'public' && !opts.protectMetrics) return;
  const result = opts.auth.authenticate(req.headers.authorization, req.ip);
  if (!result.ok) {
    if (result.reason === 'limited') {
      reply.header('retry-after', String(result.retryAfterS ?? 60));
      throw new AdminError(
        'SLUICE_ADMIN_RATE_LIMITED',
        429,
        'too many failed logins from this address; wait and retry',
      );
    }
    reply.header('www-authenticate', 'Basic realm="sluice", Bearer');
    throw new AdminError(
      'SLUICE_ADMIN_UNAUTHENTICATED',
      401,
      result.reason === 'missing'
        ? 'credentials required (HTTP Basic or a bearer token)'
        : 'wrong user name, password or token',
    );
  }
  req.principal = result.principal;
  const needed: Role = access === 'public' ? 'viewer' : access;
  if (needed === 'admin' && result.principal.role !== 'admin') {
    throw new AdminError(
      'SLUICE_ADMIN_FORBIDDEN',
      403,
      `user ${result.principal.name} (viewer) may not change anything`,
    );
  }
}
