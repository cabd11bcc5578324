// A schema registry as many are deployed: behind an HTTPS reverse proxy that asks for
// credentials. nginx (Debian's package, unpacked into .cache/nginx by .ci/install-nginx.sh, no
// service installed) terminates TLS with a certificate of deploy/tls/generate.sh's CA and
// checks HTTP basic auth or a bearer token before it passes a request to the registry. Apicurio
// 2.x authenticates only through an OpenID Connect server (Keycloak), which this machine cannot
// install; the proxy puts real TLS and real credential checks in front of the real registry.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RigError, tail } from './errors.ts';
import { freePorts } from './kafka-cluster.ts';
import { runProcess } from './run-process.ts';
import type { SchemaRegistry } from './schema-registry.ts';

const ROOT = join(import.meta.dirname, '..');

/** Where .ci/install-nginx.sh unpacks nginx; SLUICE_TEST_NGINX overrides it. */
export function nginxPath(): string {
  const path = process.env.SLUICE_TEST_NGINX ?? join(ROOT, '.cache', 'nginx', 'usr', 'sbin', 'nginx');
  if (!existsSync(path)) {
    throw new RigError(
      'SLUICE_RIG_START_FAILED',
      `nginx is not unpacked (no ${path}): run \`bash .ci/install-nginx.sh\` (or set SLUICE_TEST_NGINX)`,
    );
  }
  return path;
}

export type ProxyAuth =
  | { basic: { username: string; password: string } }
  | { bearerToken: string }
  | { none: true };

export interface RegistryProxy {
  /** The registry's Confluent API through the proxy, e.g. `https://127.0.0.1:41235/apis/ccompat/v7`. */
  readonly url: string;
  /** PEM of the CA that signed the proxy's certificate. */
  readonly caFile: string;
  /** Requests the proxy answered, one line each: `<status> <method> <uri>`. */
  accessLog(): string[];
  stop(): Promise<void>;
}

/** Starts nginx on 127.0.0.1 and a free port in front of `registry`, asking for `auth`. */
export async function startRegistryProxy(registry: SchemaRegistry, auth: ProxyAuth): Promise<RegistryProxy> {
  const nginx = nginxPath();
  const dir = mkdtempSync(join(tmpdir(), 'sluice-registry-proxy-'));
  mkdirSync(join(dir, 'tmp'));
  const tls = join(dir, 'tls');
  const generated = await runProcess(
    'bash',
    [
      join(ROOT, 'deploy', 'tls', 'generate.sh'),
      '--out',
      tls,
      '--domain',
      'registry.test',
      '--brokers',
      '1',
      '--san',
      '127.0.0.1',
    ],
    { timeoutMs: 60_000 },
  );
  if (generated.exitCode !== 0) {
    throw new RigError('SLUICE_RIG_START_FAILED', `deploy/tls/generate.sh failed: ${tail(generated.stderr)}`);
  }
  const [port] = await freePorts(1);
  const registryOrigin = new URL(registry.url).origin;
  const apiPath = new URL(registry.url).pathname;
  let check = '';
  if ('basic' in auth) {
    // {PLAIN}: nginx's own scheme for a clear-text password file (a test's throwaway secret).
    writeFileSync(join(dir, 'htpasswd'), `${auth.basic.username}:{PLAIN}${auth.basic.password}\n`);
    check = `auth_basic "schema registry"; auth_basic_user_file ${join(dir, 'htpasswd')};`;
  } else if ('bearerToken' in auth) {
    check = `if ($http_authorization != "Bearer ${auth.bearerToken}") { return 401 '{"error_code":40101,"message":"bearer token refused"}'; }`;
  }
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
error_log ${join(dir, 'error.log')} info;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 256; }
http {
  log_format sluice '$status $request_method $request_uri';
  access_log ${join(dir, 'access.log')} sluice;
  client_body_temp_path ${join(dir, 'tmp')};
  proxy_temp_path ${join(dir, 'tmp')};
  fastcgi_temp_path ${join(dir, 'tmp')};
  uwsgi_temp_path ${join(dir, 'tmp')};
  scgi_temp_path ${join(dir, 'tmp')};
  server {
    listen 127.0.0.1:${port} ssl;
    ssl_certificate ${join(tls, 'server-chain.crt')};
    ssl_certificate_key ${join(tls, 'server.key')};
    ssl_protocols TLSv1.2 TLSv1.3;
    location / {
      ${check}
      proxy_pass ${registryOrigin};
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(
    nginx,
    ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c));
  child.stderr?.on('data', (c: Buffer) => (output += c));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Up once the port takes a connection: nginx reads its certificate before it binds.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new RigError('SLUICE_RIG_START_FAILED', `nginx exited at start: ${tail(output)}`);
    }
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new RigError('SLUICE_RIG_START_FAILED', `nginx did not listen on ${port}: ${tail(output)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `https://127.0.0.1:${port}${apiPath}`,
    caFile: join(tls, 'ca.crt'),
    accessLog: () => {
      const file = join(dir, 'access.log');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    },
    stop,
  };
}
