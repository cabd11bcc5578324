// The Helm chart (deploy/helm/sluice) validated without a cluster: helm lint and template for
// each value set of deploy/helm/sluice/ci/ and the walkthrough's (deploy/k8s/), every rendered
// manifest through kubeconform against offline schemas (kubernetes-validate's for the built-in
// kinds, test/deploy/schemas/ for cert-manager and the Prometheus operator), and the facts that
// break a deployment when they are wrong: the ssl-passthrough annotation, probes on endpoints
// Sluice serves, no secret in a ConfigMap, SNI names that match the certificate's SANs, a
// config that `sluice check` accepts. Needs bash .ci/install-k8s-tools.sh.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  CHART,
  filesOf,
  HELM,
  KUBE_VERSIONS,
  KUBECONFORM,
  type Manifest,
  materialize,
  ROOT,
  render,
  requireTools,
  schemaFileOf,
  standaloneSchemas,
} from './k8s-tools.ts';

const VALUE_SETS = [
  ...readdirSync(join(CHART, 'ci'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(CHART, 'ci', f)),
  join(ROOT, 'deploy', 'k8s', 'values-walkthrough.yaml'),
];
const setName = (file: string) => relative(ROOT, file);
const CRD_SCHEMAS = join(import.meta.dirname, 'schemas');

type Rendered = { text: string; manifests: Manifest[] };
const rendered = new Map<string, Rendered>();
let tmp: string;
let tlsDir: string;

function one(r: Rendered, kind: string, name?: string): Manifest {
  const found = r.manifests.filter(
    (m) => m.kind === kind && (name === undefined || m.metadata.name === name),
  );
  assert.equal(found.length, 1, `expected one ${kind}${name ? ` ${name}` : ''}, got ${found.length}`);
  return found[0];
}
const all = (r: Rendered, kind: string) => r.manifests.filter((m) => m.kind === kind);
// biome-ignore lint/suspicious/noExplicitAny: the parsed sluice.yaml
type Config = any;
const configOf = (r: Rendered): Config => parse(one(r, 'ConfigMap').data!['sluice.yaml']);
const containerOf = (r: Rendered) => one(r, 'Deployment').spec.template.spec.containers[0];

/** The SAN list deploy/tls/generate.sh issued (sans.txt: "DNS:a,DNS:b", then a password hash). */
function sansOf(dir: string): string[] {
  const line = readFileSync(join(dir, 'sans.txt'), 'utf8').split('\n')[0];
  return line.split(',').map((s) => s.replace(/^DNS:/, ''));
}
function generateTls(dir: string, args: string[]): string[] {
  execFileSync('bash', [join(ROOT, 'deploy', 'tls', 'generate.sh'), '--out', dir, ...args], {
    stdio: 'ignore',
  });
  return sansOf(dir);
}
/** A TLS name matches a SAN (one wildcard label at the left, RFC 6125). */
function covered(name: string, sans: string[]): boolean {
  return sans.some((san) =>
    san.startsWith('*.') ? name.split('.').slice(1).join('.') === san.slice(2) : san === name,
  );
}

describe('the Helm chart (deploy/helm/sluice)', () => {
  before(() => {
    requireTools();
    tmp = mkdtempSync(join(tmpdir(), 'sluice-helm-'));
    tlsDir = join(tmp, 'tls');
    generateTls(tlsDir, ['--domain', 'example.com', '--brokers', '3', '--san', 'admin-gateway.example.com']);
    for (const file of VALUE_SETS) rendered.set(file, render([file]));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('helm lint --strict passes for every value set', () => {
    for (const file of VALUE_SETS) {
      const r = spawnSync(HELM, ['lint', '--strict', CHART, '--kube-version', KUBE_VERSIONS[1], '-f', file], {
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `${setName(file)}:\n${r.stdout}${r.stderr}`);
    }
  });

  test('every rendered manifest is valid against the Kubernetes schemas, offline (kubeconform)', () => {
    for (const version of KUBE_VERSIONS) {
      const dir = join(tmp, `manifests-${version}`);
      mkdirSync(dir, { recursive: true });
      const kinds = new Set<string>();
      let count = 0;
      for (const file of VALUE_SETS) {
        const r = render([file], [], version);
        for (const m of r.manifests) kinds.add(schemaFileOf(m.apiVersion, m.kind));
        count += r.manifests.length;
        writeFileSync(join(dir, `${setName(file).replaceAll('/', '_')}`), r.text);
      }
      const schemas = standaloneSchemas(version, [...kinds]);
      const report = kubeconform(version, schemas, dir);
      assert.deepEqual(
        { invalid: report.summary.invalid, errors: report.summary.errors, skipped: report.summary.skipped },
        { invalid: 0, errors: 0, skipped: 0 },
        `Kubernetes ${version}:\n${report.problems.join('\n')}`,
      );
      assert.equal(report.summary.valid, count, `Kubernetes ${version}: every manifest validated`);
    }
  });

  test('kubeconform refuses what Kubernetes would refuse (the validation is not vacuous)', () => {
    const r = rendered.get(join(CHART, 'ci', 'cert-manager-values.yaml'))!;
    const deployment = structuredClone(one(r, 'Deployment'));
    deployment.spec.replicas = 'three';
    const certificate = structuredClone(one(r, 'Certificate'));
    certificate.spec.dnsName = certificate.spec.dnsNames;
    const ingress = structuredClone(all(r, 'Ingress')[0]);
    ingress.spec.rules[0].http.paths[0].backend.service.port = { number: '443' };
    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    for (const [i, m] of [deployment, certificate, ingress].entries())
      writeFileSync(join(dir, `${i}.json`), JSON.stringify(m));
    const version = KUBE_VERSIONS[1];
    const schemas = standaloneSchemas(version, [
      schemaFileOf(deployment.apiVersion, 'Deployment'),
      schemaFileOf(ingress.apiVersion, 'Ingress'),
    ]);
    const report = kubeconform(version, schemas, dir);
    assert.equal(report.summary.invalid, 3, report.problems.join('\n'));
  });

  test('the Kafka Ingress passes TLS through (ssl-passthrough) to the SNI port, one rule per name', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const kafka = all(r, 'Ingress').find((i) => i.metadata.name.endsWith('-kafka'));
      if (!kafka) continue;
      const config = configOf(r);
      const sni = config.listeners.find((l: Config) => l.routing === 'sni');
      assert.equal(
        kafka.metadata.annotations?.['nginx.ingress.kubernetes.io/ssl-passthrough'],
        'true',
        setName(file),
      );
      assert.equal(kafka.spec.tls, undefined, 'passthrough: nginx holds no certificate for these names');
      const hosts = kafka.spec.rules.map((rule: Config) => rule.host);
      const brokers = parse(readFileSync(file, 'utf8')).ingress.kafka.brokers;
      assert.deepEqual(hosts, [
        sni.bootstrapHost,
        ...Array.from({ length: brokers }, (_, id) => sni.brokerHostPattern.replace('{nodeId}', String(id))),
      ]);
      // Rule → Service port → container port → the SNI listener's port; clients are told 443.
      const service = one(r, 'Service', kafka.spec.rules[0].http.paths[0].backend.service.name);
      for (const rule of kafka.spec.rules) {
        const portName = rule.http.paths[0].backend.service.port.name;
        const servicePort = service.spec.ports.find((p: Config) => p.name === portName);
        assert.ok(servicePort, `${setName(file)}: Service port ${portName}`);
        const containerPort = containerOf(r).ports.find((p: Config) => p.name === servicePort.targetPort);
        assert.equal(containerPort.containerPort, sni.port, setName(file));
      }
      assert.equal(sni.advertisedPort, 443, 'the ingress controller listens on 443');
    }
  });

  test('the admin Ingress terminates TLS for its host and speaks HTTPS to the admin port', () => {
    const r = rendered.get(join(ROOT, 'deploy', 'k8s', 'values-walkthrough.yaml'))!;
    const admin = all(r, 'Ingress').find((i) => i.metadata.name.endsWith('-admin'))!;
    assert.equal(admin.metadata.annotations?.['nginx.ingress.kubernetes.io/backend-protocol'], 'HTTPS');
    assert.equal(admin.metadata.annotations?.['nginx.ingress.kubernetes.io/ssl-passthrough'], undefined);
    assert.deepEqual(admin.spec.tls[0].hosts, ['admin-gateway.example.com']);
    assert.equal(admin.spec.rules[0].host, 'admin-gateway.example.com');
    assert.ok(covered('admin-gateway.example.com', sansOf(tlsDir)), 'the walkthrough certificate covers it');
    const service = one(r, 'Service', admin.spec.rules[0].http.paths[0].backend.service.name);
    const port = service.spec.ports.find(
      (p: Config) => p.name === admin.spec.rules[0].http.paths[0].backend.service.port.name,
    );
    const containerPort = containerOf(r).ports.find((p: Config) => p.name === port.targetPort);
    assert.equal(containerPort.containerPort, configOf(r).admin.port);
  });

  test('probes ask the admin port for /health/live and /health/ready, which Sluice serves there', () => {
    const routes = readFileSync(join(ROOT, 'gateway', 'admin', 'routes', 'health.ts'), 'utf8');
    const served = [...routes.matchAll(/app\.get\(\s*'([^']+)'/g)].map((m) => m[1]);
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const config = configOf(r);
      const container = containerOf(r);
      const paths: Record<string, string> = {};
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
        const get = container[probe].httpGet;
        const port = container.ports.find((p: Config) => p.name === get.port);
        assert.equal(port?.containerPort, config.admin.port, `${setName(file)}: ${probe} on the admin port`);
        assert.equal(get.scheme, config.admin.http ? 'HTTP' : 'HTTPS', `${setName(file)}: ${probe} scheme`);
        assert.ok(
          served.includes(get.path),
          `${setName(file)}: ${probe} ${get.path} is a route of health.ts`,
        );
        paths[probe] = get.path;
      }
      assert.deepEqual(paths, {
        startupProbe: '/health/live',
        livenessProbe: '/health/live',
        readinessProbe: '/health/ready',
      });
      assert.notEqual(config.admin.protectMetrics, true, 'probes send no credentials');
      assert.equal(config.admin.host, '0.0.0.0', 'the kubelet probes the pod address');
    }
  });

  test('no secret is inlined in a ConfigMap: users, tokens and the SASL password come from Secrets', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const config = configOf(r);
      const forbidden = [
        'password',
        'passwordHash',
        'token',
        'tokenHash',
        'keyPassphrase',
        'pkcs12Passphrase',
      ];
      const walk = (v: Config, path: string) => {
        if (v === null || typeof v !== 'object') return;
        for (const [k, child] of Object.entries(v)) {
          assert.ok(!forbidden.includes(k), `${setName(file)}: ${path}${k} in the ConfigMap`);
          walk(child, `${path}${k}.`);
        }
      };
      walk(config, '');
      for (const u of config.admin.users ?? []) assert.match(u.passwordFile, /^\/etc\/sluice\/admin\//);
      for (const t of config.admin.tokens ?? []) assert.match(t.tokenFile, /^\/etc\/sluice\/admin\//);
      const secretValues = all(r, 'Secret').flatMap((s) =>
        Object.values(s.data ?? {}).map((b64) => Buffer.from(b64, 'base64').toString()),
      );
      for (const cm of all(r, 'ConfigMap'))
        for (const value of secretValues)
          assert.ok(
            !JSON.stringify(cm.data).includes(value),
            `${setName(file)}: a Secret's value in ${cm.metadata.name}`,
          );
      if (config.upstream.sasl) {
        const env = containerOf(r).env.find((e: Config) => e.name === 'SLUICE_UPSTREAM_SASL_PASSWORD');
        assert.ok(env?.valueFrom?.secretKeyRef?.name, `${setName(file)}: SASL password from a Secret`);
      }
    }
  });

  test('every file the config names is mounted, from the Secret or ConfigMap that holds it', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const container = containerOf(r);
      const volumes = one(r, 'Deployment').spec.template.spec.volumes;
      for (const path of filesOf(configOf(r))) {
        const mount = container.volumeMounts.find((m: Config) => path.startsWith(`${m.mountPath}/`));
        assert.ok(mount, `${setName(file)}: ${path} is on no volume`);
        const volume = volumes.find((v: Config) => v.name === mount.name);
        assert.ok(
          volume.secret || volume.configMap,
          `${setName(file)}: ${path} comes from ${JSON.stringify(volume)}`,
        );
        const key = path.slice(mount.mountPath.length + 1);
        const secret =
          volume.secret &&
          r.manifests.find((m) => m.kind === 'Secret' && m.metadata.name === volume.secret.secretName);
        if (secret)
          assert.ok(key in (secret.data ?? {}), `${setName(file)}: ${secret.metadata.name} has ${key}`);
      }
    }
  });

  test('the SNI names are the SANs deploy/tls/generate.sh issues, and the cert-manager Certificate asks for the same', () => {
    const domain = 'example.com';
    const enumerated = generateTls(join(tmp, 'enumerated'), ['--domain', domain, '--brokers', '6']);
    const wildcard = generateTls(join(tmp, 'wildcard'), ['--domain', domain, '--wildcard']);
    for (const file of VALUE_SETS) {
      const sni = configOf(rendered.get(file)!).listeners.find((l: Config) => l.routing === 'sni');
      if (!sni) continue;
      for (const sans of [enumerated, wildcard, sansOf(tlsDir)]) {
        assert.ok(covered(sni.bootstrapHost, sans), `${setName(file)}: ${sni.bootstrapHost} in ${sans}`);
        for (const id of [0, 1, 2])
          assert.ok(
            covered(sni.brokerHostPattern.replace('{nodeId}', String(id)), sans),
            `${setName(file)}: broker ${id}`,
          );
      }
    }
    const certManager = one(rendered.get(join(CHART, 'ci', 'cert-manager-values.yaml'))!, 'Certificate');
    assert.deepEqual(certManager.spec.dnsNames, [...enumerated, 'admin-gateway.example.com']);
    const certManagerWildcard = one(
      rendered.get(join(CHART, 'ci', 'cert-manager-wildcard-values.yaml'))!,
      'Certificate',
    );
    assert.deepEqual(certManagerWildcard.spec.dnsNames, wildcard);
    for (const [name, cert] of [
      ['cert-manager', certManager],
      ['wildcard', certManagerWildcard],
    ] as const) {
      const r = rendered.get(
        join(
          CHART,
          'ci',
          `${name === 'cert-manager' ? 'cert-manager' : 'cert-manager-wildcard'}-values.yaml`,
        ),
      )!;
      const tlsVolume = one(r, 'Deployment').spec.template.spec.volumes.find((v: Config) => v.name === 'tls');
      assert.equal(
        cert.spec.secretName,
        tlsVolume.secret.secretName,
        `${name}: the pod mounts the Certificate's Secret`,
      );
    }
  });

  test('sluice check accepts the config the chart renders, for every value set', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const dir = join(tmp, 'check', setName(file).replaceAll('/', '_'));
      const configPath = materialize(r, dir, tlsDir);
      const env: Record<string, string> = { ...process.env } as Record<string, string>;
      for (const e of containerOf(r).env ?? []) if (e.valueFrom) env[e.name] = 'kafka-password-from-a-secret';
      const result = spawnSync(
        process.execPath,
        [
          '--no-node-snapshot',
          join(ROOT, 'bin', 'sluice.ts'),
          '--output',
          'json',
          'check',
          '--config',
          configPath,
        ],
        { encoding: 'utf8', env },
      );
      assert.equal(result.status, 0, `${setName(file)}:\n${result.stdout}${result.stderr}`);
      const out = JSON.parse(result.stdout);
      assert.equal(out.valid, true);
      assert.deepEqual(
        out.unmatchedEnv,
        [],
        `${setName(file)}: every SLUICE_* variable of the pod is a config key`,
      );
    }
  });

  test('more than one replica: the Kafka-topic policy store and a PodDisruptionBudget; one: local store, no PDB', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const values = parse(readFileSync(file, 'utf8'));
      const multi = (values.replicaCount ?? 1) > 1 || values.autoscaling?.enabled === true;
      const config = configOf(r);
      assert.equal(config.policyStore.kind, multi ? 'kafka' : 'local', setName(file));
      assert.equal(all(r, 'PodDisruptionBudget').length, multi ? 1 : 0, setName(file));
      assert.equal(
        all(r, 'HorizontalPodAutoscaler').length,
        values.autoscaling?.enabled ? 1 : 0,
        setName(file),
      );
      if (values.autoscaling?.enabled)
        assert.equal(one(r, 'Deployment').spec.replicas, undefined, 'the HPA owns replicas');
      if (!multi) {
        const mount = containerOf(r).volumeMounts.find((m: Config) => m.mountPath === config.policyStore.dir);
        assert.ok(mount, `${setName(file)}: the local store is on a writable volume`);
      }
    }
    assert.throws(
      () => render([join(CHART, 'ci', 'replicas-kafka-store-values.yaml')], ['policyStore.kind=local']),
      /policyStore\.kind: local cannot serve more than one replica/,
    );
  });

  test('a config change changes the checksum annotation, so the pods roll', () => {
    const file = join(CHART, 'ci', 'default-values.yaml');
    const checksum = (r: Rendered) =>
      one(r, 'Deployment').spec.template.metadata.annotations['checksum/config'];
    const before = rendered.get(file)!;
    assert.match(checksum(before), /^[0-9a-f]{64}$/);
    assert.equal(checksum(render([file])), checksum(before), 'stable for the same values');
    assert.notEqual(checksum(render([file], ['logging.level=debug'])), checksum(before));
    assert.notEqual(checksum(render([file], ['upstream.bootstrapServers[0]=other:9093'])), checksum(before));
  });

  test('wrong values fail helm naming the key', () => {
    const file = join(CHART, 'ci', 'default-values.yaml');
    const failure = (set: string[]) => {
      try {
        render([file], set);
      } catch (e) {
        return String((e as { stderr?: string }).stderr ?? e);
      }
      assert.fail(`helm accepted ${set.join(' ')}`);
    };
    assert.match(failure(['sni.prot=9092']), /at '\/sni': additional properties 'prot' not allowed/);
    assert.match(failure(['upstream.security=tls']), /at '\/upstream\/security'/);
    assert.match(failure(['upstream.bootstrapServers[0]=kafka']), /at '\/upstream\/bootstrapServers\/0'/);
    assert.match(failure(['sni.brokerHostPattern=broker.example.com']), /at '\/sni\/brokerHostPattern'/);
    assert.match(failure(['tls.clientAuth=required']), /tls\.clientCaSecret\.name: required/);
    assert.match(failure(['tls.certManager.enabled=true']), /tls\.certManager\.issuerRef\.name: required/);
    assert.match(failure(['admin.users=null']), /admin\.users or admin\.tokens/);
    assert.match(failure(['admin.protectMetrics=true']), /admin\.protectMetrics/);
  });

  test('the PrometheusRule names only metrics Sluice exports', () => {
    const r = rendered.get(join(CHART, 'ci', 'replicas-kafka-store-values.yaml'))!;
    const rule = one(r, 'PrometheusRule');
    const sources = ['gateway', 'engine']
      .flatMap((d) => execFileSync('git', ['ls-files', d], { cwd: ROOT, encoding: 'utf8' }).split('\n'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, f), 'utf8'))
      .join('\n');
    const exprs: string[] = rule.spec.groups.flatMap((g: Config) => g.rules.map((x: Config) => x.expr));
    const names = new Set(exprs.flatMap((e) => [...e.matchAll(/\bsluice_[a-z_]+/g)].map((m) => m[0])));
    assert.ok(names.size >= 3);
    for (const name of names)
      assert.ok(sources.includes(`'${name}'`), `${name} is not a metric Sluice registers`);
    const monitor = one(r, 'ServiceMonitor');
    const adminService = r.manifests.find(
      (m) =>
        m.kind === 'Service' &&
        Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => m.metadata.labels?.[k] === v),
    )!;
    assert.ok(adminService.spec.ports.some((p: Config) => p.name === monitor.spec.endpoints[0].port));
    assert.equal(monitor.spec.endpoints[0].path, '/metrics');
    for (const e of exprs.filter((x) => x.includes('job=')))
      assert.match(e, new RegExp(`job="${adminService.metadata.name}"`), 'alerts select the scraped job');
  });

  test('SIGTERM drains within the grace period; the pod runs non-root on a read-only root', () => {
    for (const file of VALUE_SETS) {
      const r = rendered.get(file)!;
      const pod = one(r, 'Deployment').spec.template.spec;
      const container = containerOf(r);
      const graceMs = Number(container.args[container.args.indexOf('--shutdown-grace-ms') + 1]);
      const preStop = Number(container.lifecycle.preStop.exec.command[1]);
      assert.ok(pod.terminationGracePeriodSeconds * 1000 > graceMs + preStop * 1000, setName(file));
      assert.equal(container.securityContext.readOnlyRootFilesystem, true);
      assert.equal(pod.securityContext.runAsNonRoot, true);
      assert.ok(
        container.volumeMounts.some((m: Config) => m.mountPath === '/tmp'),
        'a writable /tmp',
      );
      assert.deepEqual(container.args.slice(0, 3), ['start', '--config', '/etc/sluice/config/sluice.yaml']);
    }
  });

  test('deploy/k8s/start.sh installs the chart as the tests render it, and every name its Ingress routes is in its certificate', () => {
    const start = readFileSync(join(ROOT, 'deploy', 'k8s', 'start.sh'), 'utf8');
    for (const script of ['start.sh', 'stop.sh']) {
      const r = spawnSync('bash', ['-n', join(ROOT, 'deploy', 'k8s', script)], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${script}: ${r.stderr}`);
    }
    // The script's own helm command, with its defaults for the shell variables.
    const command = /helm upgrade --install sluice ([\s\S]*?)--wait/.exec(start)![1];
    const defaults = Object.fromEntries(
      [...start.matchAll(/^([A-Z_]+)=\$\{\1:-([^}]*)\}$/gm)].map((m) => [m[1], m[2]]),
    ) as Record<string, string>;
    const expand = (v: string) =>
      v
        .replace(/^"|"$/g, '')
        .replace(/\$\{SLUICE_IMAGE%:\*\}/, defaults.SLUICE_IMAGE.split(':')[0])
        .replace(/\$\{SLUICE_IMAGE##\*:\}/, defaults.SLUICE_IMAGE.split(':')[1])
        .replace(/\$([A-Z_]+)/g, (_, name: string) => defaults[name]);
    const sets = [...command.matchAll(/--set ([^\s]+)/g)].map((m) => {
      const [key, ...value] = m[1].split('=');
      return `${key}=${expand(value.join('='))}`;
    });
    assert.match(command, /-f "\$here\/values-walkthrough\.yaml"/);
    const r = render([join(ROOT, 'deploy', 'k8s', 'values-walkthrough.yaml')], sets);
    const sans = generateTls(join(tmp, 'start-sh'), [
      '--domain',
      defaults.DOMAIN,
      '--brokers',
      defaults.SAN_BROKERS,
      '--san',
      `admin-gateway.${defaults.DOMAIN}`,
    ]);
    const hosts = all(r, 'Ingress').flatMap((i) => i.spec.rules.map((rule: Config) => rule.host));
    assert.equal(hosts.length, Number(defaults.SAN_BROKERS) + 2, 'bootstrap, brokers, admin');
    for (const host of hosts)
      assert.ok(covered(host, sans), `${host} is not in the certificate start.sh makes`);
    // The Secrets the chart mounts are the ones start.sh and Strimzi create.
    const volumes = one(r, 'Deployment').spec.template.spec.volumes;
    const secretNames = volumes.filter((v: Config) => v.secret).map((v: Config) => v.secret.secretName);
    assert.ok(start.includes('create secret tls sluice-tls'));
    assert.deepEqual(secretNames.sort(), ['kafka-cluster-ca-cert', 'sluice-admin', 'sluice-tls']);
    assert.match(
      start,
      /kind: Kafka\nmetadata:\n {2}name: kafka\n/,
      'the cluster whose CA Secret is kafka-cluster-ca-cert',
    );
    assert.match(start, /kind: KafkaUser\nmetadata:\n {2}name: sluice\n/);
  });

  test('the Dockerfile runs what the chart expects: the user, the config path, the launcher', () => {
    const dockerfile = readFileSync(join(ROOT, 'deploy', 'docker', 'Dockerfile'), 'utf8');
    const r = rendered.get(join(CHART, 'ci', 'default-values.yaml'))!;
    const pod = one(r, 'Deployment').spec.template.spec;
    const entrypoint = JSON.parse(/^ENTRYPOINT (\[.*\])$/m.exec(dockerfile)![1]) as string[];
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]) as string[];
    assert.deepEqual(entrypoint, ['node', '--no-node-snapshot', '/app/dist/bin/sluice.js']);
    assert.deepEqual(cmd, containerOf(r).args.slice(0, 3));
    assert.equal(/^USER (\d+):(\d+)$/m.exec(dockerfile)?.[1], String(pod.securityContext.runAsUser));
    assert.match(dockerfile, /^FROM \$\{NODE_IMAGE\}$/m);
    assert.match(dockerfile, /^ARG NODE_IMAGE=node:24-/m);
    assert.match(dockerfile, /npm ci --omit=dev/);
    const launcher = readFileSync(join(ROOT, 'deploy', 'build-sdk.ts'), 'utf8');
    assert.match(launcher, /deploy', 'package', 'sluice\.ts'/, 'dist/bin/sluice.js is built by prepack');
  });
});

// --- helpers --------------------------------------------------------------------------------

interface KubeconformReport {
  summary: { valid: number; invalid: number; errors: number; skipped: number };
  problems: string[];
}

function kubeconform(version: string, schemas: string, dir: string): KubeconformReport {
  const r = spawnSync(
    KUBECONFORM,
    [
      '-strict',
      '-summary',
      '-output',
      'json',
      '-kubernetes-version',
      version,
      '-schema-location',
      join(
        schemas,
        '{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json',
      ),
      '-schema-location',
      join(CRD_SCHEMAS, '{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json'),
      dir,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const out = JSON.parse(r.stdout) as {
    resources: { filename: string; kind: string; name: string; status: string; msg: string }[];
    summary: KubeconformReport['summary'];
  };
  return {
    summary: out.summary,
    problems: out.resources
      .filter((x) => x.status !== 'statusValid')
      .map((x) => `${x.filename} ${x.kind} ${x.name}: ${x.status} ${x.msg}`),
  };
}
