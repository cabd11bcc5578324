// The admin API's own listener (default port 8888): HTTPS with `admin.tls`, or the first TLS
// listener's certificate when it has none; plain HTTP only when `admin.http` says so.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AdminConfig, ListenerConfig, ServerTlsConfig } from '../config/schema.ts';
import { isHash } from '../config/secrets.ts';
import type { PolicyChecker } from '../control/checker.ts';
import type { PolicyController } from '../control/controller.ts';
import type { GatewayMetrics } from '../metrics.ts';
import { serverContextOptions } from '../tls/server-context.ts';
import { buildAdminApp, type GatewayFacts } from './app.ts';
import { AdminAuth, type SecretSpec } from './auth.ts';

export interface AdminServerDeps {
  controller: PolicyController;
  checker: PolicyChecker;
  facts: GatewayFacts;
  metrics: GatewayMetrics;
  log: Logger;
  listeners: readonly ListenerConfig[];
}

/** Failed logins per client address per minute before it is refused for the rest of the minute. */
const LOGIN_LIMITS = { maxFailures: 10, windowMs: 60_000 };

function secret(value: string | undefined, file: string | undefined): { plain?: string; hash?: string } {
  const v = file !== undefined ? readFileSync(file, 'utf8').trim() : (value ?? '');
  return isHash(v) ? { hash: v } : { plain: v };
}

export function adminAuth(config: AdminConfig): AdminAuth {
  const users: SecretSpec[] = (config.users ?? []).map((u) => ({
    name: u.name,
    role: u.role,
    ...secret(u.password ?? u.passwordHash, u.passwordFile),
  }));
  const tokens: SecretSpec[] = (config.tokens ?? []).map((t) => ({
    name: t.name,
    role: t.role,
    ...secret(t.token ?? t.tokenHash, t.tokenFile),
  }));
  return new AdminAuth(users, tokens, LOGIN_LIMITS);
}

/** The TLS material the admin API serves with, or undefined for plain HTTP. */
export function adminTls(
  config: AdminConfig,
  listeners: readonly ListenerConfig[],
): ServerTlsConfig | undefined {
  if (config.http) return undefined;
  return config.tls ?? listeners.find((l) => l.tls)?.tls;
}

export class AdminServer {
  readonly #config: AdminConfig;
  readonly #deps: AdminServerDeps;
  #app: FastifyInstance | undefined;
  #url = '';

  constructor(config: AdminConfig, deps: AdminServerDeps) {
    this.#config = config;
    this.#deps = deps;
  }

  /** `https://host:port` once listening. */
  get url(): string {
    return this.#url;
  }

  async start(): Promise<void> {
    const tls = adminTls(this.#config, this.#deps.listeners);
    this.#app = await buildAdminApp({
      auth: adminAuth(this.#config),
      controller: this.#deps.controller,
      checker: this.#deps.checker,
      facts: this.#deps.facts,
      metrics: this.#deps.metrics,
      log: this.#deps.log,
      bodyLimit: this.#config.maxBodyBytes,
      protectMetrics: this.#config.protectMetrics,
      ...(tls ? { https: { ...serverContextOptions(tls), minVersion: tls.minVersion } } : {}),
    });
    await this.#app.listen({ host: this.#config.host, port: this.#config.port });
    const address = this.#app.server.address();
    const port = typeof address === 'object' && address ? address.port : this.#config.port;
    this.#url = `${tls ? 'https' : 'http'}://${this.#config.host.includes(':') ? `[${this.#config.host}]` : this.#config.host}:${port}`;
    this.#deps.log.info(
      { url: this.#url, insecureDemo: this.#config.insecureDemo || undefined },
      this.#config.insecureDemo
        ? 'admin API listening (insecure demo credentials allowed)'
        : 'admin API listening',
    );
  }

  async stop(): Promise<void> {
    await this.#app?.close();
  }
}
