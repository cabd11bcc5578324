// The tools test/deploy/ validates the Helm chart with, as .ci/install-k8s-tools.sh installs
// them under .cache/k8s-tools/: helm, kubeconform and kubernetes-validate's offline Kubernetes
// schemas. A missing tool fails the test that needs it, naming the script (never a skip).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CHART = join(ROOT, 'deploy', 'helm', 'sluice');
const TOOLS = join(ROOT, '.cache', 'k8s-tools');
export const HELM = join(TOOLS, 'bin', 'helm');
export const KUBECONFORM = join(TOOLS, 'bin', 'kubeconform');
/** Kubernetes releases the chart is rendered for and validated against: the oldest the chart
 * accepts (Chart.yaml kubeVersion) and the newest kubernetes-validate carries. */
export const KUBE_VERSIONS = ['1.27.0', '1.37.0'] as const;

export function requireTools(): void {
  const missing = [HELM, KUBECONFORM].filter((f) => !existsSync(f));
  if (!kubernetesSchemaRoot()) missing.push(join(TOOLS, 'venv', '…', 'kubernetes_validate'));
  if (missing.length > 0)
    throw new Error(`missing ${missing.join(', ')}: run bash .ci/install-k8s-tools.sh (CI runs it)`);
}

/** kubernetes_validate/kubernetes-json-schema inside the virtualenv, if installed. */
export function kubernetesSchemaRoot(): string | undefined {
  const lib = join(TOOLS, 'venv', 'lib');
  if (!existsSync(lib)) return undefined;
  for (const py of readdirSync(lib)) {
    const dir = join(lib, py, 'site-packages', 'kubernetes_validate', 'kubernetes-json-schema');
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/**
 * kubernetes-validate's schemas refer to one shared _definitions.json by an absolute URI
 * (kubernetes.io/api/…), which kubeconform would try to download. This writes, for the kinds
 * asked, self-contained copies (the definitions inlined under $defs) in kubeconform's own
 * layout, <dir>/v<version>-standalone-strict/<kind>-<group>-<version>.json, and returns <dir>.
 */
export function standaloneSchemas(version: string, files: string[]): string {
  const src = join(kubernetesSchemaRoot()!, `v${version}-local-strict`);
  const out = join(TOOLS, 'schemas');
  const dir = join(out, `v${version}-standalone-strict`);
  mkdirSync(dir, { recursive: true });
  let defs: unknown;
  for (const file of files) {
    const target = join(dir, file);
    if (existsSync(target) || !existsSync(join(src, file))) continue;
    defs ??= JSON.parse(readFileSync(join(src, '_definitions.json'), 'utf8')).$defs;
    const schema = JSON.parse(
      readFileSync(join(src, file), 'utf8').replaceAll('"/api/_definitions.json#', '"#'),
    );
    delete schema.$id;
    schema.$defs = defs;
    writeFileSync(`${target}.partial`, JSON.stringify(schema));
    execFileSync('mv', [`${target}.partial`, target]);
  }
  return out;
}

/** The schema file kubeconform looks up for a manifest (its KindSuffix rule). */
export function schemaFileOf(apiVersion: string, kind: string): string {
  const [groupOrVersion, version] = apiVersion.split('/');
  const suffix = version ? `-${groupOrVersion.split('.')[0]}-${version}` : `-${groupOrVersion}`;
  return `${kind.toLowerCase()}${suffix.toLowerCase()}.json`;
}

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string> };
  // biome-ignore lint/suspicious/noExplicitAny: rendered Kubernetes objects are checked by kubeconform, read here loosely
  spec?: any;
  data?: Record<string, string>;
}

export function helm(args: string[]): string {
  return execFileSync(HELM, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `helm template` of the chart with these values files (and --set pairs). */
export function render(
  valuesFiles: string[],
  set: string[] = [],
  kubeVersion: string = KUBE_VERSIONS[1],
): { text: string; manifests: Manifest[] } {
  const args = ['template', 'sluice', CHART, '--namespace', 'sluice', '--kube-version', kubeVersion];
  for (const f of valuesFiles) args.push('-f', f);
  for (const s of set) args.push('--set', s);
  const text = helm(args);
  const manifests = parseAllDocuments(text)
    .map((d) => d.toJSON() as Manifest | null)
    .filter((m): m is Manifest => m !== null);
  return { text, manifests };
}

// biome-ignore lint/suspicious/noExplicitAny: the parsed sluice.yaml
type Config = any;

/** Every file path the config names (certFile, keyFile, caFile, passwordFile, …). */
export function filesOf(config: Config): string[] {
  const out: string[] = [];
  const walk = (v: Config) => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Object.entries(v)) {
      if (k.endsWith('File') && typeof child === 'string') out.push(child);
      else walk(child);
    }
  };
  walk(config);
  return out;
}

/**
 * The rendered config with the pod's mount points moved under `dir`, and the files it names
 * written there as the pod would see them: the gateway certificate, CAs, the admin Secret's
 * passwords (or strong ones for an existing Secret). Returns the config file's path.
 */
export function materialize(r: { manifests: Manifest[] }, dir: string, tls: string): string {
  const cm = r.manifests.find((m) => m.kind === 'ConfigMap')!;
  const text = cm
    .data!['sluice.yaml'].replaceAll('/etc/sluice/', `${dir}/etc/sluice/`)
    .replaceAll('/var/lib/sluice/', `${dir}/var/lib/sluice/`);
  const config = parse(text);
  const secrets = new Map<string, string>();
  for (const s of r.manifests.filter((m) => m.kind === 'Secret'))
    for (const [k, v] of Object.entries(s.data ?? {})) secrets.set(k, Buffer.from(v, 'base64').toString());
  for (const path of filesOf(config)) {
    mkdirSync(dirname(path), { recursive: true });
    const name = path.split('/').pop()!;
    let content: string;
    if (path.endsWith('/tls.crt')) content = readFileSync(join(tls, 'server-chain.crt'), 'utf8');
    else if (path.endsWith('/tls.key')) content = readFileSync(join(tls, 'server.key'), 'utf8');
    else if (/ca\.crt$/.test(path)) content = readFileSync(join(tls, 'ca.crt'), 'utf8');
    else content = secrets.get(name) ?? createHash('sha256').update(name).digest('hex');
    writeFileSync(path, content, { mode: 0o600 });
  }
  mkdirSync(join(dir, 'etc', 'sluice', 'config'), { recursive: true });
  const configPath = join(dir, 'etc', 'sluice', 'config', 'sluice.yaml');
  writeFileSync(configPath, text);
  return configPath;
}
