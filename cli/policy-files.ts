// A policy as the CLI sends it: a path on disk becomes a map of relative path → TypeScript
// source. A directory gives every .ts file under it (tests included: the server runs them
// before it stores anything); one file gives that file and, beside it, its tests
// (`<name>.test.ts`). Names are kept so diagnostics and test locations can point back at the
// files the user has.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { usageError } from './errors.ts';

export interface PolicyFiles {
  /** Path relative to `root`, "/"-separated → source. */
  files: Record<string, string>;
  /** The folder the names are relative to, as the user named it. */
  root: string;
  /** The file the user named, when they named one (it is then the entry). */
  entry?: string;
}

const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

function isPolicySource(name: string): boolean {
  return name.endsWith('.ts') && !name.endsWith('.d.ts');
}

function walk(dir: string, root: string, out: Record<string, string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(path, root, out);
    } else if (entry.isFile() && isPolicySource(entry.name)) {
      out[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    }
  }
}

export function readPolicyFiles(path: string): PolicyFiles {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw usageError(`${path}: no such file or directory`);
  }
  if (stat.isDirectory()) {
    const files: Record<string, string> = {};
    walk(path, path, files);
    if (Object.keys(files).length === 0) throw usageError(`${path}: no .ts files in this directory`);
    return { files, root: path };
  }
  if (!isPolicySource(path)) throw usageError(`${path}: a policy is a .ts file or a directory of them`);
  const name = basename(path);
  if (name.endsWith('.test.ts'))
    throw usageError(`${path}: a test file; name the policy it tests (its tests beside it come along)`);
  const files: Record<string, string> = { [name]: readFileSync(path, 'utf8') };
  const test = join(dirname(path), name.replace(/\.ts$/, '.test.ts'));
  if (existsSync(test)) files[basename(test)] = readFileSync(test, 'utf8');
  return { files, root: dirname(path), entry: name };
}

/** Where a file of the policy is on disk, as the user would type it. */
export function localPath(policy: PolicyFiles, file: string): string {
  return policy.root === '.' ? file : join(policy.root, file);
}

export function fileCount(policy: PolicyFiles): string {
  const n = Object.keys(policy.files).length;
  return `${n} file${n === 1 ? '' : 's'}`;
}
