// Builds the policy SDK as the package ships it (`sluice/sdk`, `sluice/sdk/testing`): plain
// ESM JavaScript plus type declarations in dist/sdk/. Node strips TypeScript types only
// outside node_modules, so a policy project that installs Sluice and runs `node --test` needs
// JavaScript; its editor needs the declarations. Run by `npm pack` (prepack) or by hand:
//
//   node deploy/build-sdk.ts
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'sdk');

export async function buildSdk(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
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
