// Stand-ins for the sandbox pool, so deployments and chain steps are tested in-process.

import type { CompiledPolicy } from '../../engine/compile.ts';
import type { ActiveDeployment, PolicyLoader } from '../../engine/deployments.ts';
import { Quarantine } from '../../engine/quarantine.ts';
import { DEFAULT_LIMITS } from '../../engine/sandbox/messages.ts';
import type { LoadReply, LoadSpec } from '../../engine/sandbox/pool.ts';
import { compileScope } from '../../engine/scope.ts';
import type { PolicyManifest } from '../../sdk/runtime/wire.ts';

export function manifest(over: Partial<PolicyManifest> = {}): PolicyManifest {
  return {
    name: 'fake',
    description: '',
    version: '',
    hooks: ['onProduce'],
    config: {},
    scope: {},
    mode: 'enforce',
    onError: 'closed',
    values: 'text',
    requestApiKeys: [],
    ...over,
  };
}

/** A compiled policy whose "code" is only a name: the fake loader never runs it. */
export function fakePolicy(revision: string): CompiledPolicy {
  return {
    revision,
    code: `/* ${revision} */`,
    inputs: [],
    sizeBytes: 0,
    compileMs: 0,
    meta: { compiler: 1, esbuild: '', target: 'es2022', format: 'iife' },
  };
}

/** A loader that answers every load with `reply` (by default the manifest given) and records what it did. */
export class FakeLoader implements PolicyLoader {
  readonly loaded: LoadSpec[] = [];
  readonly unloaded: string[] = [];
  reply: (spec: LoadSpec) => LoadReply;

  constructor(m: PolicyManifest = manifest()) {
    this.reply = (spec) => ({ ok: true, manifest: m, config: spec.config });
  }

  async load(spec: LoadSpec): Promise<LoadReply> {
    this.loaded.push(spec);
    return this.reply(spec);
  }

  unload(key: string): void {
    this.unloaded.push(key);
  }
}

/** An active deployment as Deployments would make it, without a sandbox. */
export function fakeDeployment(over: Partial<ActiveDeployment> = {}): ActiveDeployment {
  return {
    id: 'fake',
    revision: 'r1',
    manifest: manifest(),
    config: {},
    scope: {},
    priority: 100,
    mode: 'enforce',
    onError: 'closed',
    limits: DEFAULT_LIMITS,
    key: 'fake@r1#1',
    matcher: compileScope({}, true),
    kmsKeys: new Set(),
    metricNames: new Set(),
    quarantine: new Quarantine(),
    ...over,
  };
}
