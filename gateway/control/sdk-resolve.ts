// Module resolution hooks for running a pushed policy's own tests: `sluice/sdk` and
// `sluice/sdk/testing` (and `@sluice/sdk…`) resolve to this Sluice's SDK, whatever folder the
// tests were written to. Installed by sdk-hooks.ts (registerHooks: synchronous, in-thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');

/** The built SDK when there is one (an installed package cannot run .ts), else the sources. */
function target(file: 'index' | 'testing'): string {
  const built = join(ROOT, 'dist', 'sdk', `${file}.js`);
  if (readable(built) && existsSync(built)) return built;
  return join(ROOT, 'sdk', file === 'index' ? 'index.ts' : join('host', 'testing.ts'));
}

const TARGETS: Readonly<Record<string, 'index' | 'testing'>> = {
  'sluice/sdk': 'index',
  '@sluice/sdk': 'index',
  'sluice/sdk/testing': 'testing',
  '@sluice/sdk/testing': 'testing',
};

/** Under the permission model a path that did not exist when it was allowed stays unreadable
 * (existsSync throws ERR_ACCESS_DENIED): a checkout without dist/ uses the sources. */
function readable(path: string): boolean {
  return process.permission === undefined || process.permission.has('fs.read', path);
}

type Next = (specifier: string, context?: object) => { url: string };

export function resolve(
  specifier: string,
  context: object,
  next: Next,
): { url: string; shortCircuit?: boolean } {
  const file = TARGETS[specifier];
  if (file) return { url: pathToFileURL(target(file)).href, shortCircuit: true };
  return next(specifier, context);
}
