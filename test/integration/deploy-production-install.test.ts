// The production install, outside a container. `npm pack` of Sluice, installed with production
// dependencies only, two ways:
// - as the image does it (deploy/docker/Dockerfile): the package unpacked into an empty /app,
//   then `npm ci --omit=dev` with the repository's package-lock.json;
// - as a user does it: `npm install --omit=dev sluice-<v>.tgz` in an empty project, so Sluice is
//   under node_modules, where Node strips no types (dist/bin/sluice.js strips them).
// Each is started with the image's entrypoint and the config the Helm chart renders for the
// walkthrough (deploy/k8s/values-walkthrough.yaml: SNI routing, Sluice's own SCRAM login, the
// Kafka-topic policy store), adapted to loopback and the rig's SASL_SSL Kafka the way a pod's
// environment adapts it (SLUICE_* variables); then the probes the chart sets, a policy push
// (esbuild and a sandbox worker), produce and consume through the SNI port, and SIGTERM.
// Needs the tools of .ci/install-k8s-tools.sh (helm renders the config).
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { writeHostsFile } from '../../rig/hostnames.ts';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runProcess } from '../../rig/run-process.ts';
import { type Manifest, materialize, ROOT, render, requireTools } from '../deploy/k8s-tools.ts';
import { freePortBlock } from '../gateway/support/gateway-harness.ts';

const run = promisify(execFile);
/** npm on this Node 24 (the system Node may be older: isolated-vm's prebuilt binary is for 24). */
const NPM_ENV = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
const DOMAIN = 'example.com';
const BOOTSTRAP_HOST = `gateway.${DOMAIN}`;
const brokerHost = (id: number) => `brokermain${id}-gateway.${DOMAIN}`;
const VALUES = join(ROOT, 'deploy', 'k8s', 'values-walkthrough.yaml');

/** The Dockerfile's ENTRYPOINT, with the image's /app moved to the installed package. */
function entrypoint(packageRoot: string): { command: string; args: string[] } {
  const dockerfile = readFileSync(join(ROOT, 'deploy', 'docker', 'Dockerfile'), 'utf8');
  const [command, ...args] = JSON.parse(/^ENTRYPOINT (\[.*\])$/m.exec(dockerfile)![1]) as string[];
  assert.equal(command, 'node');
  return { command: process.execPath, args: args.map((a) => a.replace(/^\/app\//, `${packageRoot}/`)) };
}

function https(
  port: number,
  path: string,
  options: { method?: string; auth?: string; body?: string } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        auth: options.auth,
        // As the kubelet's probes: HTTPS without verifying the certificate.
        rejectUnauthorized: false,
        headers: options.body ? { 'content-type': 'application/json' } : {},
        timeout: 60_000,
      },
      (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the production install: npm pack, production dependencies only, the image entrypoint', () => {
  let cluster: KafkaCluster;
  let dir: string;
  /** The package root of each install: the image's /app, and node_modules/sluice of a project. */
  const roots = { image: '', npm: '' };
  let manifests: Manifest[];

  before(async () => {
    requireTools();
    dir = mkdtempSync(join(tmpdir(), 'sluice-install-'));
    // The installs and the cluster at once: each takes tens of seconds.
    const installs = (async () => {
      const packed = JSON.parse(
        (
          await run('npm', ['pack', '--json', '--pack-destination', dir], {
            cwd: ROOT,
            env: NPM_ENV,
            maxBuffer: 1 << 26,
          })
        ).stdout,
      ) as { filename: string }[];
      const tarball = join(dir, packed[0].filename);
      const npm = async (cwd: string, args: string[]) =>
        run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], {
          cwd,
          env: NPM_ENV,
          maxBuffer: 1 << 26,
        });
      // The Dockerfile's install stage, step by step.
      roots.image = join(dir, 'image', 'app');
      mkdirSync(roots.image, { recursive: true });
      await run('tar', ['-xzf', tarball, '--strip-components=1', '-C', roots.image]);
      copyFileSync(join(ROOT, 'package-lock.json'), join(roots.image, 'package-lock.json'));
      const project = join(dir, 'project');
      mkdirSync(project);
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'sluice-app', private: true }));
      await Promise.all([
        npm(roots.image, ['ci', '--omit=dev']),
        npm(project, ['install', '--omit=dev', tarball]),
      ]);
      roots.npm = join(project, 'node_modules', 'sluice');
    })();
    const kafka = startCluster({ brokers: 1, tlsDomain: DOMAIN }).then((c) => {
      cluster = c;
    });
    await Promise.all([installs, kafka]);
    manifests = render([VALUES], ['policyStore.replicationFactor=1']).manifests;
  });
  after(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('Given both installs, then they hold the launcher and no dev dependency', () => {
    for (const root of Object.values(roots)) {
      assert.match(
        readFileSync(join(root, 'dist', 'bin', 'sluice.js'), 'utf8'),
        /^#!\/usr\/bin\/env -S node/,
      );
      assert.equal(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).name, 'sluice');
    }
    for (const modules of [join(roots.image, 'node_modules'), join(roots.npm, '..')])
      for (const dev of ['typescript', '@biomejs', 'kafkajs', '@platformatic'])
        assert.equal(existsSync(join(modules, dev)), false, `${dev} in ${modules}`);
  });

  test('Given the image install and the chart-rendered walkthrough config, when the entrypoint starts Sluice, then probes, a policy push, produce and consume work and SIGTERM stops it', async () => {
    await walkthrough(roots.image, { push: true });
  });

  test('Given the npm install (Sluice under node_modules), when the entrypoint starts Sluice, then probes, a policy push (compiled against the installed SDK, its own test run), produce and consume work and SIGTERM stops it', async () => {
    await walkthrough(roots.npm, { push: true });
  });

  test('Given the npm install, when the project runs node_modules/.bin/sluice on Node 24, then it is the launcher and answers', async () => {
    const bin = join(roots.npm, '..', '.bin', 'sluice');
    const r = await runProcess(bin, ['--version'], {
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
      timeoutMs: 60_000,
    });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
  });

  test('Given the npm install, when the gateway forks a sandbox worker from node_modules, then the worker starts (the launcher hands its hook on through NODE_OPTIONS)', async () => {
    const hook = join(roots.npm, 'dist', 'bin', 'strip-types.js');
    const pool = pathToFileURL(join(roots.npm, 'engine', 'sandbox', 'pool.ts')).href;
    const script = `const { SandboxPool } = await import(${JSON.stringify(pool)});
const pool = await SandboxPool.start({ workers: 1 });
await pool.close();
console.log('worker started');`;
    // As dist/bin/sluice.js sets it for the gateway and so for everything the gateway forks.
    const r = await runProcess(
      process.execPath,
      ['--no-node-snapshot', '--input-type=module', '-e', script],
      {
        env: { NODE_OPTIONS: `--import=${JSON.stringify(pathToFileURL(hook).href)}` },
        timeoutMs: 60_000,
      },
    );
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /worker started/);
    const without = await runProcess(
      process.execPath,
      ['--no-node-snapshot', '--input-type=module', '-e', script],
      {
        timeoutMs: 60_000,
      },
    );
    assert.match(without.stderr, /ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING/, 'what the hook is for');
  });

  async function walkthrough(packageRoot: string, options: { push: boolean }): Promise<void> {
    const name = packageRoot === roots.image ? 'image' : 'npm';
    const [port, adminPort] = [await freePortBlock(1), await freePortBlock(1)];
    const configPath = materialize({ manifests }, mkdtempSync(join(dir, 'pod-')), cluster.tls.dir);
    const config = parse(readFileSync(configPath, 'utf8'));
    assert.equal(config.policyStore.kind, 'kafka');
    const container = manifests.find((m) => m.kind === 'Deployment')!.spec.template.spec.containers[0];
    const args = [...container.args];
    args[args.indexOf('--config') + 1] = configPath;
    // What the pod's environment would say, pointed at loopback and the rig (whose CA
    // materialize() put where the chart mounts the upstream CA).
    const env = {
      ...process.env,
      SLUICE_UPSTREAM_BOOTSTRAP_SERVERS: cluster.bootstrap.saslSsl,
      SLUICE_UPSTREAM_SASL_USERNAME: USERS.admin.username,
      SLUICE_UPSTREAM_SASL_PASSWORD: USERS.admin.password,
      SLUICE_LISTENERS_0_HOST: '127.0.0.1',
      SLUICE_LISTENERS_0_PORT: String(port),
      SLUICE_LISTENERS_0_ADVERTISED_PORT: String(port),
      SLUICE_ADMIN_HOST: '127.0.0.1',
      SLUICE_ADMIN_PORT: String(adminPort),
      // Each install its own store topic: each pushes its own policy.
      SLUICE_POLICY_STORE_TOPIC: `_sluice_policies_${name}`,
    };
    const { command, args: entry } = entrypoint(packageRoot);

    const check = await runProcess(command, [...entry, '--output', 'json', 'check', '--config', configPath], {
      env,
      timeoutMs: 60_000,
    });
    assert.equal(check.exitCode, 0, check.stderr);
    assert.deepEqual(JSON.parse(check.stdout).unmatchedEnv, []);

    const child: ChildProcess = spawn(command, [...entry, ...args], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      out += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 600 && !out.includes('sluice started') && child.exitCode === null; i++)
        await new Promise((r) => setTimeout(r, 100));
      assert.match(out, /sluice started/, out);
      assert.doesNotMatch(out, /ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING|ExperimentalWarning/);

      // The probes as the chart sets them: the paths, on the admin port, over HTTPS.
      const probe = (name: string) => container[name].httpGet.path as string;
      assert.equal((await https(adminPort, probe('livenessProbe'))).status, 200);
      let ready = { status: 0, body: '' };
      for (let i = 0; i < 60 && ready.status !== 200; i++) {
        ready = await https(adminPort, probe('readinessProbe'));
        if (ready.status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      assert.equal(ready.status, 200, `ready once the upstream metadata is known: ${ready.body}\n${out}`);

      const hostsFile = writeHostsFile(join(dir, 'hosts'), [BOOTSTRAP_HOST, ...[0, 1, 2, 3].map(brokerHost)]);
      const clientConfig = cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.alice });
      const via = ['--bootstrap-server', `${BOOTSTRAP_HOST}:${port}`, '--command-config', clientConfig];
      const topic = `orders-${name}`;

      if (options.push) {
        // A push compiles with esbuild and loads in a sandbox worker forked by the installed
        // gateway; the admin password is the one the chart's Secret holds (a mounted file).
        const user = config.admin.users[0];
        const auth = `${user.name}:${readFileSync(user.passwordFile, 'utf8')}`;
        const policy = `import { accept, definePolicy, reject } from 'sluice/sdk';
export default definePolicy({ name: 'orders-need-amount', onProduce(b) {
  return b.records.every((r) => r.text().includes('amount')) ? accept() : reject('orders need an amount');
} });
`;
        // The policy's own test runs before the push is stored: node --test under the permission
        // model, importing sluice/sdk/testing from the installed package.
        const policyTest = `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testPolicy } from 'sluice/sdk/testing';
import policy from './policy.ts';
test('an order without an amount is refused', async () => {
  const r = await testPolicy(policy).produce({ topic: 'orders', records: [{ value: '{"id":1}' }] });
  assert.equal(r.verdict?.kind, 'reject');
});
`;
        const push = await https(adminPort, '/api/v1/policies/orders-need-amount', {
          method: 'PUT',
          auth,
          body: JSON.stringify({
            files: { 'policy.ts': policy, 'policy.test.ts': policyTest },
            entry: 'policy.ts',
            scope: { topics: [topic] },
          }),
        });
        assert.equal(push.status, 201, push.body);
        // …and a failing test stops a push (so the test above did run, from the installed SDK).
        const failing = await https(adminPort, '/api/v1/policies/orders-need-amount', {
          method: 'PUT',
          auth,
          body: JSON.stringify({
            files: { 'policy.ts': policy, 'policy.test.ts': policyTest.replace("'reject'", "'accept'") },
            entry: 'policy.ts',
          }),
        });
        assert.equal(failing.status, 400, failing.body);
        assert.match(failing.body, /its own tests fail/);
        // The console producer exits before it logs the refusal; the gateway's audit line says it.
        await runKafkaTool('kafka-console-producer', [...via, '--topic', topic], {
          hostsFile,
          input: '{"id":99}\n',
        });
        assert.match(out, /"reason":"orders need an amount".*"policy rejected produce batch"/);
      }

      // Produce and consume through the SNI port, as the walkthrough's clients do.
      const values = Array.from({ length: 50 }, (_, i) => `{"id":${i},"amount":${i * 10}}`);
      await runKafkaToolOk('kafka-console-producer', [...via, '--topic', topic], {
        hostsFile,
        input: `${values.join('\n')}\n`,
      });
      const { stdout } = await runKafkaToolOk(
        'kafka-console-consumer',
        [...via, '--topic', topic, '--from-beginning', '--max-messages', '50', '--timeout-ms', '60000'],
        { hostsFile },
      );
      assert.deepEqual(
        stdout
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .sort(),
        [...values].sort(),
      );

      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.match(out, /"signal":"SIGTERM"/);
      assert.match(out, /sluice stopped/);
    } finally {
      child.kill('SIGKILL');
    }
  }
});
