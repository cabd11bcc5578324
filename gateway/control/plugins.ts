// The plugin classes the v2 interceptor API accepts, and the Sluice policy each one runs: the
// well-known gateway's safeguard class names map onto Sluice's built-in policies with the same
// config keys (policies/safeguard/), and Sluice's own class takes any TypeScript policy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DIR } from './compile-spec.ts';

export interface PluginClass {
  pluginClass: string;
  /** For a built-in: its entry under policies/. Absent for the TypeScript class. */
  builtin?: string;
  title: string;
  description: string;
}

const SAFEGUARD = 'io.conduktor.gateway.interceptor.safeguard';

/** Any pushed TypeScript policy: config `{ source | files, entry?, config? }`. */
export const TYPESCRIPT_PLUGIN = 'io.sluice.gateway.TypeScriptPolicyPlugin';

export const PLUGIN_CLASSES: readonly PluginClass[] = [
  {
    pluginClass: TYPESCRIPT_PLUGIN,
    title: 'TypeScript policy',
    description: 'A Sluice policy in TypeScript: config { source (or files + entry), config }.',
  },
  {
    pluginClass: `${SAFEGUARD}.CreateTopicPolicyPlugin`,
    builtin: 'safeguard/create-topic.ts',
    title: 'Create topic policy',
    description: 'Naming, partitions, replication factor and topic config limits on CreateTopics.',
  },
  {
    pluginClass: `${SAFEGUARD}.AlterTopicConfigPolicyPlugin`,
    builtin: 'safeguard/alter-topic-config.ts',
    title: 'Alter topic config policy',
    description: 'Which topic configs may change, and within which limits.',
  },
  {
    pluginClass: `${SAFEGUARD}.ProducePolicyPlugin`,
    builtin: 'safeguard/produce.ts',
    title: 'Produce policy',
    description:
      'Acks, record headers, idempotence, transactions, codecs and Produce versions producers must use.',
  },
  {
    pluginClass: `${SAFEGUARD}.ClientIdRequiredPolicyPlugin`,
    builtin: 'safeguard/client-id-required.ts',
    title: 'Client id required policy',
    description: 'Client ids must follow a naming convention (or are replaced from a template).',
  },
  {
    pluginClass: `${SAFEGUARD}.ReadOnlyTopicPolicyPlugin`,
    builtin: 'safeguard/read-only-topic.ts',
    title: 'Read-only topic policy',
    description: 'Topics that take no writes (Produce, AlterConfigs).',
  },
];

export function pluginClass(name: string): PluginClass | undefined {
  return PLUGIN_CLASSES.find((p) => p.pluginClass === name);
}

/** A built-in's sources (its folder's non-test files), kept in the revision for the record. */
export function builtinFiles(builtin: string): Record<string, string> {
  const folder = join(BUILTIN_DIR, builtin.split('/')[0]);
  const files: Record<string, string> = {};
  for (const f of readdirSync(folder).sort()) {
    if (f.endsWith('.ts') && !f.endsWith('.test.ts')) files[f] = readFileSync(join(folder, f), 'utf8');
  }
  return files;
}
