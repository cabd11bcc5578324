// Builds what the npm package ships beside its TypeScript sources. Node strips TypeScript
// types only outside node_modules, so an installed package needs JavaScript where Node meets
// it first:
// - the policy SDK (`sluice/sdk`, `sluice/sdk/testing`): plain ESM JavaScript plus type
//   declarations in dist/sdk/, for a policy project that runs `node --test` and an editor;
// - the gateway's command (dist/bin/sluice.js and dist/bin/strip-types.js, from
//   deploy/package/): a launcher that strips the types of the package's own .ts files as Node
//   does in a checkout, so `sluice start` runs from node_modules (the container image does).
// Run by `npm pack` (prepack) or by hand:
//
//   node deploy/build-sdk.ts
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'sdk');
const BIN_OUT = join(ROOT, 'dist', 'bin');

export async function buildSdk(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(BIN_OUT, { recursive: true, force: true });
  // Each launcher file whole (the hook is inlined into sluice.js, so it is installed before
  // sluice.js's dynamic import of bin/sluice.ts); node: built-ins stay imports.
  await esbuild.build({
    entryPoints: {
      sluice: join(ROOT, 'deploy', 'package', 'sluice.ts'),
      'strip-types': join(ROOT, 'deploy', 'package', 'strip-types.ts'),
    },
    outdir: BIN_OUT,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    banner: { js: '#!/usr/bin/env -S node --no-node-snapshot' },
    logLevel: 'warning',
  });
  // One shared chunk for what both entry points use: the harness must run the very
  // definePolicy and runtime a policy imports, not a second copy of them.
  await esbuild.build({
    entryPoints: { index: join(ROOT, 'sdk', 'index.ts'), testing: join(ROOT, 'sdk', 'host', 'testing.ts') },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'deploy', 'tsconfig.sdk.json')],
    { stdio: 'inherit' },
  );
}

if (import.meta.main) await buildSdk();
