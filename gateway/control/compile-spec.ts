// Compiles a pushed policy: its files are written to a scratch folder of their own (so relative
// imports between them resolve, and nothing outside them does), then compiled from the entry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, normalize } from 'node:path';
import { type CompileResult, compilePolicy } from '../../engine/index.ts';
import type { PolicySpec } from './revision.ts';

/** A relative, "/"-separated path that stays inside its folder. */
export function isSafePath(path: string): boolean {
  if (path === '' || isAbsolute(path) || path.includes('\\') || path.includes('\0')) return false;
  const n = normalize(path);
  return !n.startsWith('..') && n === path.replace(/^\.\//, '');
}

/** Where the built-in policies live. */
export const BUILTIN_DIR = join(import.meta.dirname, '..', '..', 'policies');

export async function compileSpec(
  spec: Pick<PolicySpec, 'files' | 'entry' | 'builtin'>,
): Promise<CompileResult> {
  if (spec.builtin !== undefined) return compilePolicy({ entry: join(BUILTIN_DIR, spec.builtin) });
  const dir = mkdtempSync(join(tmpdir(), 'sluice-push-'));
  try {
    for (const [path, source] of Object.entries(spec.files)) {
      const file = join(dir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, source);
    }
    const result = await compilePolicy({ entry: join(dir, spec.entry) });
    if (result.ok) return result;
    // Diagnostics name the files as pushed, not the scratch folder.
    return {
      ok: false,
      diagnostics: result.diagnostics.map((d) => ({ ...d, file: d.file?.replace(`${dir}/`, '') ?? d.file })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
