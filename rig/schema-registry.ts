// A real Confluent-compatible schema registry for tests: Apicurio Registry's /apis/ccompat/v7
// API (built from Maven Central by .ci/install-registry.sh into .cache/apicurio/<version>),
// on 127.0.0.1 and a free port, storing in memory. `pause()` (SIGSTOP: requests hang until
// the client's timeout) and `resume()` (SIGCONT) stand in for an outage that the registered
// schemas survive, as they survive one of a real deployment.
//
// Why 2.4.2.Final and not 3.x: it is the newest release whose dependencies Maven Central holds
// (3.3.3 lacks apicurio-registry-schema-util-provider, 3.0.9 its parent POM, 2.6.13.Final
// apicurio-common-app-components 0.2.7.Final); see docs/policies/schema-validation.md.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RigError, tail } from './errors.ts';
import { freePorts } from './kafka-cluster.ts';

/** The one place the version is pinned; .ci/install-registry.sh reads it from here. */
export const APICURIO_VERSION = '2.4.2.Final';

const ROOT = join(import.meta.dirname, '..');

/** Where .ci/install-registry.sh puts the built app; SLUICE_TEST_APICURIO_JAR overrides it. */
export function apicurioJarPath(): string {
  const path =
    process.env.SLUICE_TEST_APICURIO_JAR ??
    join(ROOT, '.cache', 'apicurio', APICURIO_VERSION, 'quarkus-app', 'quarkus-run.jar');
  if (!existsSync(path)) {
    throw new RigError(
      'SLUICE_RIG_START_FAILED',
      `Apicurio Registry ${APICURIO_VERSION} is not built (no ${path}): run \`bash .ci/install-registry.sh\` (or set SLUICE_TEST_APICURIO_JAR)`,
    );
  }
  return path;
}

export interface SchemaRegistry {
  /** The Confluent-compatible API's base, e.g. `http://127.0.0.1:41234/apis/ccompat/v7`. */
  readonly url: string;
  readonly port: number;
  /** The JVM's process id (benchmarks pin it to a CPU). */
  readonly pid: number;
  /** Everything the registry printed so far (Quarkus logs, access log when enabled). */
  output(): string;
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

/** Registries started by this process, killed if it exits without stopping them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const c of running) {
      c.kill('SIGCONT');
      c.kill('SIGKILL');
    }
  });
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  // Measured ~2.5 s on an idle machine; a loaded 2-core CI machine may take several times that.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new RigError(
        'SLUICE_RIG_START_FAILED',
        `Apicurio Registry exited (${child.exitCode ?? child.signalCode}):\n${tail(output())}`,
      );
    }
    try {
      const res = await fetch(`${url}/subjects`, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new RigError(
    'SLUICE_RIG_START_FAILED',
    `Apicurio Registry did not answer within 90 s:\n${tail(output())}`,
  );
}

export interface SchemaRegistryOptions {
  /** Log every HTTP request (Quarkus access log, one line per request on stdout). */
  readonly accessLog?: boolean;
}

export async function startSchemaRegistry(opts: SchemaRegistryOptions = {}): Promise<SchemaRegistry> {
  const jar = apicurioJarPath();
  const [port] = await freePorts(1);
  const url = `http://127.0.0.1:${port}/apis/ccompat/v7`;
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const args = [
    // Small and quick to start: a test registry holds a few schemas.
    '-Xmx256m',
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-Dquarkus.http.host=127.0.0.1',
    `-Dquarkus.http.port=${port}`,
    ...(opts.accessLog
      ? ['-Dquarkus.http.access-log.enabled=true', '-Dquarkus.http.access-log.pattern=ACCESS %r %s']
      : []),
    '-jar',
    jar,
  ];
  const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  killOnExit(child);
  let log = '';
  child.stdout?.on('data', (c) => (log += String(c)));
  child.stderr?.on('data', (c) => (log += String(c)));
  try {
    await waitReady(url, child, () => log);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    url,
    port,
    pid: child.pid as number,
    output: () => log,
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      const exited = new Promise((r) => child.once('exit', r));
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
