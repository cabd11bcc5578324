// Starts a real Apache Kafka cluster (KRaft, 1 or 3 combined broker+controller nodes) on
// 127.0.0.1 with free ports, for tests, benchmarks and the local quick start.
//
// Every broker has a PLAINTEXT listener (inter-broker traffic, quick probes) and a SASL_SSL
// listener (SASL/PLAIN and SCRAM-SHA-512; users admin/admin-secret and alice/alice-secret,
// SCRAM credentials written at format time). TLS material comes from deploy/tls/generate.sh.
// Everything lives in one temporary directory that stop() deletes; broker JVMs die with the
// Node process that started them, even when it is killed (see spawnWatched).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { probeBrokers } from './broker-probe.ts';
import { RigError, tail } from './errors.ts';
import { ensureKafkaJars, type KafkaDist, REPO_ROOT } from './kafka-dist.ts';
import { runKafkaTool, runKafkaToolOk } from './kafka-tools.ts';
import { expectSuccess, runProcess } from './run-process.ts';

export const HOST = '127.0.0.1';
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-512';
export interface Credentials {
  username: string;
  password: string;
}
/** The SASL users every rig cluster knows, for both mechanisms. */
export const USERS = {
  admin: { username: 'admin', password: 'admin-secret' },
  alice: { username: 'alice', password: 'alice-secret' },
} as const satisfies Record<string, Credentials>;

/** Password of the PKCS#12 keystore and truststore the rig generates. */
export const STORE_PASSWORD = 'changeit';
/** The broker JVM: small heap, C1 only and serial GC start fastest on two shared cores. */
export const DEFAULT_BROKER_JVM_OPTS = [
  '-Xms128m',
  '-Xmx512m',
  '-XX:+UseSerialGC',
  '-XX:TieredStopAtLevel=1',
  '-XX:-UsePerfData',
  '-Xshare:auto',
  '-Djava.awt.headless=true',
];

export interface StartClusterOptions {
  /** The Kafka release to run (default the pinned KAFKA_VERSION); its jars are fetched on first use. */
  version?: string;
  /** Combined broker+controller nodes forming the KRaft quorum. Default 1. */
  brokers?: 1 | 3;
  /** Extra server.properties entries for every node (added or overriding). */
  brokerConfig?: Record<string, string | number | boolean>;
  /** Replaces DEFAULT_BROKER_JVM_OPTS, e.g. full JIT for benchmarks. */
  jvmOpts?: string[];
  /** TLS names: the certificate covers gateway.<domain> and brokermain<i>-gateway.<domain>. */
  tlsDomain?: string;
  /** How long start, restart and addBroker may take. Default 120 s. */
  startTimeoutMs?: number;
  /** Keep the directory (logs, data) after stop(), for debugging. */
  keepDir?: boolean;
}

export interface BrokerInfo {
  id: number;
  roles: 'broker,controller' | 'broker';
  host: string;
  plaintextPort: number;
  saslSslPort: number;
  /** Only on controller nodes. */
  controllerPort?: number;
  /** `host:port` of each listener. */
  plaintext: string;
  saslSsl: string;
  dir: string;
  /** The broker's log4j file: the first place to look when something fails. */
  logFile: string;
  running: boolean;
}

export interface ClientConfigOptions {
  mechanism: SaslMechanism;
  username: string;
  password: string;
  /** More client properties, e.g. { 'request.timeout.ms': 5000 }. */
  extra?: Record<string, string | number | boolean>;
}

export interface KafkaCluster {
  readonly clusterId: string;
  /** The Kafka release the brokers run. */
  readonly version: string;
  /** The temporary directory holding everything; deleted by stop(). */
  readonly dir: string;
  readonly brokers: readonly BrokerInfo[];
  /** Comma-separated host:port lists over all brokers (running or not). */
  readonly bootstrap: { readonly plaintext: string; readonly saslSsl: string };
  /** Client property files for SASL_SSL as admin (the tools' `--command-config`). */
  readonly clientConfig: { readonly plain: string; readonly scram: string };
  readonly tls: {
    readonly dir: string;
    /** PEM CA certificate, for kcat and Node clients. */
    readonly caFile: string;
    /** PKCS#12 truststore with the CA, password STORE_PASSWORD, for Java clients. */
    readonly truststore: string;
    readonly truststorePassword: string;
  };
  broker(id: number): BrokerInfo;
  /** Writes a client property file for SASL_SSL with any credentials (wrong ones too). */
  writeClientConfig(options: ClientConfigOptions): string;
  /** Stops one broker (SIGTERM: controlled shutdown; SIGKILL: crash) and waits for the others to notice. */
  stopBroker(id: number, options?: { signal?: 'SIGTERM' | 'SIGKILL' }): Promise<void>;
  /** Starts a stopped broker again with the same data and ports; resolves once it serves. */
  startBroker(id: number): Promise<void>;
  /** Adds a broker-only node to the running cluster; resolves once every broker lists it. */
  addBroker(): Promise<BrokerInfo>;
  /** Creates a topic with kafka-topics (default: 1 partition, 1 replica); `configs` are topic configs. */
  createTopic(
    topic: string,
    options?: { partitions?: number; replicationFactor?: number; configs?: Record<string, string> },
  ): Promise<void>;
  /**
   * Resolves once the leader of every partition of these topics answers for it (ListOffsets).
   * A broker lists a new partition's leader in Metadata a moment before it acts as that leader,
   * so a client that does not retry can meet NOT_LEADER_OR_FOLLOWER in between.
   */
  awaitLeaders(topics: readonly string[], timeoutMs?: number): Promise<void>;
  /** Kills every node and deletes the directory. Safe to call twice. */
  stop(): Promise<void>;
}

interface Node {
  info: BrokerInfo;
  propertiesFile: string;
  process?: ChildProcess;
  exited?: Promise<void>;
}

// Clusters alive in this process, killed on exit however the process ends.
const live = new Set<ClusterImpl>();
let exitHooksInstalled = false;
function installExitHooks(): void {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const cluster of live) cluster.killNow();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // Only when nobody else handles the signal: then its default is to exit, and we keep that.
    if (process.listenerCount(signal) === 0) {
      process.once(signal, () => {
        for (const cluster of live) cluster.killNow();
        process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]);
      });
    }
  }
}

/** Ports the OS says are free right now; all held open together so none repeats. */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, HOST, () => resolve());
      });
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      ports.push(address.port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  }
}

function newClusterId(): string {
  // Kafka cluster ids are 16 random bytes in URL-safe base64; one starting with '-' would read
  // as an option on the kafka-storage command line.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function toProperties(entries: Record<string, string | number | boolean>): string {
  return `${Object.entries(entries)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('\n')}\n`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function readTail(file: string, lines = 40): string {
  try {
    return tail(readFileSync(file, 'utf8'), lines);
  } catch {
    return '(no log written)';
  }
}

class ClusterImpl implements KafkaCluster {
  readonly clusterId = newClusterId();
  readonly dir: string;
  readonly tls: KafkaCluster['tls'];
  readonly clientConfig: KafkaCluster['clientConfig'];
  readonly #nodes = new Map<number, Node>();
  readonly #dist: KafkaDist;
  readonly #options: StartClusterOptions;
  readonly #voters: string;
  readonly version: string;
  #clientConfigs = 0;
  #stopped = false;

  constructor(dist: KafkaDist, dir: string, options: StartClusterOptions, nodes: BrokerInfo[]) {
    this.#dist = dist;
    this.version = dist.version;
    this.dir = dir;
    this.#options = options;
    const tlsDir = join(dir, 'tls');
    this.tls = {
      dir: tlsDir,
      caFile: join(tlsDir, 'ca.crt'),
      truststore: join(tlsDir, 'truststore.p12'),
      truststorePassword: STORE_PASSWORD,
    };
    this.#voters = nodes.map((n) => `${n.id}@${HOST}:${n.controllerPort}`).join(',');
    for (const info of nodes) this.#nodes.set(info.id, { info, propertiesFile: this.#writeProperties(info) });
    this.clientConfig = {
      plain: this.writeClientConfig({ mechanism: 'PLAIN', ...USERS.admin }),
      scram: this.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.admin }),
    };
  }

  get brokers(): readonly BrokerInfo[] {
    return [...this.#nodes.values()].map((n) => n.info);
  }

  get bootstrap() {
    const infos = this.brokers;
    return {
      plaintext: infos.map((b) => b.plaintext).join(','),
      saslSsl: infos.map((b) => b.saslSsl).join(','),
    };
  }

  broker(id: number): BrokerInfo {
    return this.#node(id).info;
  }

  #node(id: number): Node {
    const node = this.#nodes.get(id);
    if (!node) {
      throw new RigError('SLUICE_RIG_UNKNOWN_BROKER', `no broker ${id} in this cluster`, {
        details: { id, known: [...this.#nodes.keys()] },
      });
    }
    return node;
  }

  writeClientConfig({ mechanism, username, password, extra = {} }: ClientConfigOptions): string {
    const module =
      mechanism === 'PLAIN'
        ? 'org.apache.kafka.common.security.plain.PlainLoginModule'
        : 'org.apache.kafka.common.security.scram.ScramLoginModule';
    const file = join(
      this.dir,
      `client-${++this.#clientConfigs}-${mechanism.toLowerCase()}-${username}.properties`,
    );
    writeFileSync(
      file,
      toProperties({
        'security.protocol': 'SASL_SSL',
        'sasl.mechanism': mechanism,
        'sasl.jaas.config': `${module} required username=${JSON.stringify(username)} password=${JSON.stringify(password)};`,
        'ssl.truststore.type': 'PKCS12',
        'ssl.truststore.location': this.tls.truststore,
        'ssl.truststore.password': STORE_PASSWORD,
        ...extra,
      }),
    );
    return file;
  }

  #writeProperties(info: BrokerInfo): string {
    const controller = info.roles === 'broker,controller';
    const replication = Math.min(3, this.#options.brokers ?? 1);
    const users = Object.values(USERS)
      .map((u) => `user_${u.username}="${u.password}"`)
      .join(' ');
    const listeners = [`PLAINTEXT://${info.plaintext}`, `SASL_SSL://${info.saslSsl}`];
    const file = join(info.dir, 'server.properties');
    writeFileSync(
      file,
      toProperties({
        'process.roles': info.roles,
        'node.id': info.id,
        'controller.quorum.voters': this.#voters,
        'controller.listener.names': 'CONTROLLER',
        listeners: [
          ...listeners,
          ...(controller ? [`CONTROLLER://${HOST}:${info.controllerPort}`] : []),
        ].join(','),
        'advertised.listeners': listeners.join(','),
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT',
        'inter.broker.listener.name': 'PLAINTEXT',
        'sasl.enabled.mechanisms': 'PLAIN,SCRAM-SHA-512',
        'listener.name.sasl_ssl.plain.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required ${users};`,
        'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config':
          'org.apache.kafka.common.security.scram.ScramLoginModule required;',
        'ssl.keystore.type': 'PKCS12',
        'ssl.keystore.location': join(this.tls.dir, 'server.p12'),
        'ssl.keystore.password': STORE_PASSWORD,
        'ssl.key.password': STORE_PASSWORD,
        'log.dirs': join(info.dir, 'data'),
        'num.partitions': 1,
        'offsets.topic.replication.factor': replication,
        'transaction.state.log.replication.factor': replication,
        'transaction.state.log.min.isr': 1,
        'share.coordinator.state.topic.replication.factor': replication,
        'share.coordinator.state.topic.min.isr': 1,
        'group.initial.rebalance.delay.ms': 0,
        // A restarted broker may only register once the controller has expired its previous
        // session; the 9 s default would make every restart (and a crash's detection) that slow.
        'broker.session.timeout.ms': 3000,
        'broker.heartbeat.interval.ms': 500,
        // Fewer threads than the defaults: a rig broker on two shared cores serves a few clients.
        'num.network.threads': 2,
        'num.io.threads': 4,
        'background.threads': 4,
        ...this.#options.brokerConfig,
      }),
    );
    return file;
  }

  async format(id: number): Promise<void> {
    const node = this.#node(id);
    const scram = Object.values(USERS).flatMap((u) => [
      '--add-scram',
      `SCRAM-SHA-512=[name=${u.username},password=${u.password}]`,
    ]);
    await runKafkaToolOk(
      'kafka-storage',
      ['format', '-t', this.clusterId, '-c', node.propertiesFile, ...scram],
      { timeoutMs: 60_000, version: this.#dist.version },
    );
  }

  /** Starts the JVM of one node (without waiting for it to serve). */
  launch(id: number): void {
    const node = this.#node(id);
    const logsDir = join(node.info.dir, 'logs');
    mkdirSync(logsDir, { recursive: true });
    const jvmOpts = this.#options.jvmOpts ?? DEFAULT_BROKER_JVM_OPTS;
    const out = openSync(join(node.info.dir, 'stdout.log'), 'a');
    const child = spawnWatched(
      'java',
      [
        ...jvmOpts,
        `-Dlog4j2.configurationFile=${this.#dist.brokerLog4j}`,
        `-Dkafka.logs.dir=${logsDir}`,
        '-cp',
        this.#dist.classpath,
        'kafka.Kafka',
        node.propertiesFile,
      ],
      out,
    );
    closeSync(out);
    node.process = child;
    node.info.running = true;
    node.exited = new Promise((resolve) => {
      child.once('exit', () => {
        node.info.running = false;
        resolve();
      });
    });
  }

  /**
   * Resolves when every running broker lists exactly the running brokers in its metadata.
   * Rejects early if a node's JVM exits, with the tail of its log.
   */
  async waitUntilServing(what: string): Promise<void> {
    const timeoutMs = this.#options.startTimeoutMs ?? 120_000;
    const deadline = Date.now() + timeoutMs;
    const expected = () =>
      this.brokers
        .filter((b) => b.running)
        .map((b) => b.id)
        .sort((a, b) => a - b)
        .join(',');
    const launched = [...this.#nodes.values()].filter((n) => n.process);
    let lastProblem = '';
    while (Date.now() < deadline) {
      const died = launched.find((n) => n.process && n.process.exitCode !== null && !n.info.running);
      if (died && !this.#stopped) {
        throw new RigError(
          'SLUICE_RIG_START_FAILED',
          `${what}: broker ${died.info.id} exited with ${died.process?.exitCode}; ${died.info.logFile}:\n` +
            `${readTail(died.info.logFile)}\nstdout/stderr:\n${readTail(join(died.info.dir, 'stdout.log'), 15)}`,
          { details: { brokerId: died.info.id, dir: this.dir } },
        );
      }
      const running = this.brokers.filter((b) => b.running);
      try {
        const views = await Promise.all(running.map((b) => probeBrokers(HOST, b.plaintextPort)));
        const seen = views.map((v) =>
          v
            .map((b) => b.nodeId)
            .sort((a, b) => a - b)
            .join(','),
        );
        if (seen.every((s) => s === expected())) return;
        lastProblem = `brokers see [${seen.join('] [')}], expected [${expected()}] each`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
      await sleep(200);
    }
    const logs = this.brokers
      .filter((b) => b.running)
      .map((b) => `--- broker ${b.id} (${b.logFile}):\n${readTail(b.logFile, 25)}`)
      .join('\n');
    throw new RigError(
      'SLUICE_RIG_START_FAILED',
      `${what}: not serving after ${timeoutMs} ms (${lastProblem})\n${logs}`,
      { details: { dir: this.dir } },
    );
  }

  async stopBroker(id: number, options: { signal?: 'SIGTERM' | 'SIGKILL' } = {}): Promise<void> {
    const node = this.#node(id);
    if (!node.info.running || !node.process) return;
    const signal = options.signal ?? 'SIGTERM';
    node.process.ref(); // keep Node alive until the broker has exited
    node.process.kill(signal);
    // A controlled shutdown that hangs would hang the test; 30 s is far beyond a healthy one.
    let timer: NodeJS.Timeout | undefined;
    const gone = await Promise.race([
      node.exited!.then(() => true),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), 30_000);
      }),
    ]);
    clearTimeout(timer);
    if (!gone) {
      node.process.kill('SIGKILL');
      await node.exited;
    }
    killGroup(node.process);
    node.process = undefined;
    if (this.brokers.some((b) => b.running)) await this.waitUntilServing(`after stopping broker ${id}`);
  }

  async startBroker(id: number): Promise<void> {
    const node = this.#node(id);
    if (node.info.running) {
      throw new RigError('SLUICE_RIG_INVALID_ARGUMENT', `broker ${id} is already running`);
    }
    this.launch(id);
    await this.waitUntilServing(`restarting broker ${id}`);
  }

  async addBroker(): Promise<BrokerInfo> {
    const id = Math.max(...this.#nodes.keys()) + 1;
    const [plaintextPort, saslSslPort] = await freePorts(2);
    const info = brokerInfo(this.dir, id, 'broker', plaintextPort, saslSslPort);
    this.#nodes.set(id, { info, propertiesFile: this.#writeProperties(info) });
    await this.format(id);
    this.launch(id);
    await this.waitUntilServing(`adding broker ${id}`);
    return info;
  }

  /** Synchronous kill of every JVM and removal of the directory, for exit handlers. */
  killNow(): void {
    this.#stopped = true;
    for (const node of this.#nodes.values()) {
      if (node.process) killGroup(node.process);
    }
    live.delete(this);
    if (!this.#options.keepDir) rmSync(this.dir, { recursive: true, force: true });
  }

  async createTopic(
    topic: string,
    options: { partitions?: number; replicationFactor?: number; configs?: Record<string, string> } = {},
  ): Promise<void> {
    const configs = Object.entries(options.configs ?? {}).flatMap(([k, v]) => ['--config', `${k}=${v}`]);
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      this.bootstrap.plaintext,
      '--create',
      '--topic',
      topic,
      '--partitions',
      String(options.partitions ?? 1),
      '--replication-factor',
      String(options.replicationFactor ?? 1),
      ...configs,
    ]);
  }

  async awaitLeaders(topics: readonly string[], timeoutMs = 60_000): Promise<void> {
    const pattern = `^(${topics.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
    for (const deadline = Date.now() + timeoutMs; ; ) {
      // The Java admin client retries a partition whose leader is not ready yet; a topic the
      // broker's metadata does not list yet is left out of its output (lines topic:partition:offset).
      const run = await runKafkaTool('kafka-get-offsets', [
        '--bootstrap-server',
        this.bootstrap.plaintext,
        '--topic',
        pattern,
      ]);
      const answered = new Set(run.stdout.split('\n').map((line) => line.split(':').slice(0, -2).join(':')));
      const missing = topics.filter((t) => !answered.has(t));
      if (run.exitCode === 0 && missing.length === 0) return;
      if (Date.now() > deadline) {
        throw new Error(
          `no leader answers for ${missing.join(', ') || 'every topic'} after ${timeoutMs} ms: ${run.stderr.slice(-500)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    const exits = [...this.#nodes.values()].filter((n) => n.process).map((n) => n.exited);
    for (const node of this.#nodes.values()) {
      if (!node.process) continue;
      node.process.ref(); // keep Node alive until the broker has exited
      killGroup(node.process);
    }
    await Promise.all(exits);
    this.killNow();
  }
}

function brokerInfo(
  clusterDir: string,
  id: number,
  roles: BrokerInfo['roles'],
  plaintextPort: number,
  saslSslPort: number,
  controllerPort?: number,
): BrokerInfo {
  const dir = join(clusterDir, `broker-${id}`);
  mkdirSync(dir, { recursive: true });
  return {
    id,
    roles,
    host: HOST,
    plaintextPort,
    saslSslPort,
    ...(controllerPort === undefined ? {} : { controllerPort }),
    plaintext: `${HOST}:${plaintextPort}`,
    saslSsl: `${HOST}:${saslSslPort}`,
    dir,
    logFile: join(dir, 'logs', 'server.log'),
    running: false,
  };
}

/**
 * Spawns `command` in its own process group behind a watchdog: a shell reads the stdin pipe
 * that only this Node process holds, and kills the whole group when it closes. So the JVM dies
 * with us even on SIGKILL, when no exit handler runs.
 */
function spawnWatched(command: string, args: string[], outFd: number): ChildProcess {
  const script = 'exec 3<&0; (cat <&3 >/dev/null; kill -KILL 0) & exec "$@" 0</dev/null 3<&-';
  const child = spawn('sh', ['-c', script, 'sh', command, ...args], {
    detached: true,
    stdio: ['pipe', outFd, outFd],
  });
  // A forgotten cluster must not keep the test process alive; the exit hook kills it.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return child;
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const DIR_PREFIX = 'sluice-kafka-';
const OWNER_FILE = 'owner.pid';

/**
 * Deletes cluster directories left by processes that were killed outright (SIGKILL leaves no
 * chance to clean up; their JVMs died with them, see spawnWatched). Directories of live
 * processes, and any without an owner file, are left alone.
 */
function sweepAbandonedDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const dir = join(tmpdir(), name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue;
    }
    if (!Number.isInteger(owner) || owner <= 0 || isAlive(owner)) continue;
    rmSync(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Starts a KRaft cluster and resolves once every broker serves metadata listing all brokers.
 * On failure everything started is killed and the error carries the brokers' log tails.
 */
export async function startCluster(options: StartClusterOptions = {}): Promise<KafkaCluster> {
  const count = options.brokers ?? 1;
  if (count !== 1 && count !== 3) {
    throw new RigError('SLUICE_RIG_INVALID_ARGUMENT', `brokers must be 1 or 3, got ${String(count)}`);
  }
  const dist = ensureKafkaJars(options.version);
  // A port found free can be taken by another process before the broker binds it (other
  // clusters start on the same machine); such a start is retried with fresh ports.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startClusterOnce(dist, count, options);
    } catch (error) {
      const portTaken = error instanceof Error && /Address already in use|BindException/.test(error.message);
      if (!portTaken || attempt === 3) throw error;
    }
  }
}

async function startClusterOnce(
  dist: KafkaDist,
  count: 1 | 3,
  options: StartClusterOptions,
): Promise<KafkaCluster> {
  sweepAbandonedDirs();
  const dir = mkdtempSync(join(tmpdir(), DIR_PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  let cluster: ClusterImpl | undefined;
  try {
    const tlsDir = join(dir, 'tls');
    expectSuccess(
      'deploy/tls/generate.sh',
      await runProcess('bash', [
        join(REPO_ROOT, 'deploy', 'tls', 'generate.sh'),
        '--out',
        tlsDir,
        '--domain',
        options.tlsDomain ?? 'sluice.test',
        '--brokers',
        '4',
        '--san',
        'localhost',
        '--san',
        HOST,
        '--password',
        STORE_PASSWORD,
      ]),
    );
    const ports = await freePorts(count * 3);
    const infos = Array.from({ length: count }, (_, id) =>
      brokerInfo(dir, id, 'broker,controller', ports[id * 3], ports[id * 3 + 1], ports[id * 3 + 2]),
    );
    cluster = new ClusterImpl(dist, dir, options, infos);
    installExitHooks();
    live.add(cluster);
    const started = cluster;
    await Promise.all(infos.map((info) => started.format(info.id)));
    for (const info of infos) started.launch(info.id);
    await started.waitUntilServing(`starting a ${count}-broker cluster`);
    return started;
  } catch (error) {
    if (cluster) await cluster.stop();
    else if (existsSync(dir) && !options.keepDir) rmSync(dir, { recursive: true, force: true });
    if (error instanceof RigError) throw error;
    throw new RigError('SLUICE_RIG_START_FAILED', `starting Kafka failed: ${String(error)}`, {
      cause: error,
    });
  }
}
