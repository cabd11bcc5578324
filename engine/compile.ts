// Compiles a policy source into a sandbox bundle with esbuild. The bundle is one IIFE script:
// the policy, the SDK runtime and allow-listed libraries, with a generated entry that installs
// the runtime as `globalThis.__sluice`. An IIFE (rather than an ES module) loads with a single
// isolate.compileScript: no module linker inside the isolate, and V8 code caching applies.
// Every import is checked here; anything outside the policy's own folder, the SDK and the
// allow-list is a diagnostic with file:line:col, so a policy can never reach Node APIs.

import { createHash } from 'node:crypto';
import { isBuiltin } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as esbuild from 'esbuild';

const SDK_DIR = resolve(import.meta.dirname, '..', 'sdk');
const SDK_ENTRY = join(SDK_DIR, 'index.ts');
const RUNTIME_ENTRY = join(SDK_DIR, 'runtime', 'runtime.ts');
/** The SDK's host-only half (test harness, batch packing, ajv's compiler): never in a sandbox. */
const SDK_HOST_DIR = join(SDK_DIR, 'host');
/**
 * Kafka's generated error table, which the SDK re-exports as `ErrorCodes`: the one file outside
 * sdk/ a bundle may hold (pure data; esbuild keeps only the name → code map it uses).
 */
const KAFKA_ERROR_TABLE = resolve(import.meta.dirname, '..', 'kafka', 'generated', 'error-codes.ts');
/** Specifiers that name the SDK, for policies written outside this repository. */
const SDK_SPECIFIERS = ['sluice/sdk', '@sluice/sdk'];

/** Pure libraries a policy may import (and their subpaths). Their own dependencies follow. */
export const ALLOWED_PACKAGES: readonly string[] = ['ajv', 'avsc'];

/**
 * Entry points used instead of a package's main, for packages whose main pulls in Node I/O.
 * `avsc` → its types-only browser entry (Type.forSchema, toBuffer, fromBuffer): no files, no
 * streams, no RPC.
 */
const PACKAGE_ENTRIES: Readonly<Record<string, string>> = { avsc: 'avsc/etc/browser/avsc-types.js' };

/**
 * Node built-ins mapped to pure-JS stand-ins, for allow-listed libraries (avsc) and for
 * policies that hand them data: the `buffer` package and our small `util`.
 */
const LIBRARY_SHIMS: Readonly<Record<string, string>> = {
  buffer: 'buffer/index.js',
  util: join(import.meta.dirname, 'shims', 'util.ts'),
};

const COMPILER_VERSION = 1;
const TARGET = 'es2022';

export type DiagnosticCode =
  | 'SLUICE_COMPILE_FORBIDDEN_IMPORT'
  | 'SLUICE_COMPILE_UNRESOLVED_IMPORT'
  | 'SLUICE_COMPILE_SYNTAX'
  | 'SLUICE_COMPILE_NO_DEFAULT_EXPORT'
  | 'SLUICE_COMPILE_ERROR';

export interface Diagnostic {
  code: DiagnosticCode;
  message: string;
  /** Path relative to the policy's root folder (or the virtual file name of a source string). */
  file: string | null;
  line: number | null;
  /** 1-based. */
  column: number | null;
  lineText?: string;
}

/** An immutable, content-addressed compiled policy. */
export interface CompiledPolicy {
  /** `sha256:<hex>` of the bundle and the compile metadata. */
  revision: string;
  code: string;
  /** Input files that went into the bundle, relative to the root (packages as `node_modules/...`). */
  inputs: string[];
  sizeBytes: number;
  compileMs: number;
  meta: { compiler: number; esbuild: string; target: string; format: 'iife' };
}

export type CompileResult = { ok: true; policy: CompiledPolicy } | { ok: false; diagnostics: Diagnostic[] };

export interface CompileInput {
  /** A policy file on disk; relative imports may reach files under its folder. */
  entry?: string;
  /** Or a policy's source text (as pushed through the admin API). No relative imports. */
  source?: string;
  /** Virtual file name for `source` diagnostics. Default `policy.ts`. */
  filename?: string;
  /** Minify whitespace and syntax (identifiers stay readable in error messages). Default true. */
  minify?: boolean;
}

function within(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Sluice's own root: installed as a package, it is itself under a node_modules folder. */
const SLUICE_ROOT = resolve(import.meta.dirname, '..');

/** A file of some package; Sluice's own files are not, wherever Sluice is installed. */
function inNodeModules(file: string): boolean {
  const path = within(SLUICE_ROOT, file) ? relative(SLUICE_ROOT, file) : file;
  return path.split(sep).includes('node_modules');
}

const POLICY_NS = 'sluice-policy-source';

function allowListPlugin(root: string, virtual: { name: string; source: string } | null): esbuild.Plugin {
  return {
    name: 'sluice-allowlist',
    setup(build) {
      const forbidden = (what: string, why: string) => ({
        errors: [
          { text: `import of "${what}" is not allowed: ${why}`, detail: 'SLUICE_COMPILE_FORBIDDEN_IMPORT' },
        ],
      });
      if (virtual) {
        build.onResolve({ filter: /^sluice-policy-entry$/ }, () => ({
          path: virtual.name,
          namespace: POLICY_NS,
        }));
        build.onLoad({ filter: /.*/, namespace: POLICY_NS }, () => ({
          contents: virtual.source,
          loader: 'ts',
          resolveDir: root,
        }));
      }
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.sluiceInner) return undefined;
        if (args.kind === 'entry-point') return undefined;
        let spec = args.path;
        if (spec === '') return undefined;
        if (SDK_SPECIFIERS.includes(spec)) return { path: SDK_ENTRY };
        const fromPackage = inNodeModules(args.importer);
        const shim = LIBRARY_SHIMS[spec.replace(/^node:/, '').replace(/\/$/, '')];
        if (shim !== undefined) {
          if (isAbsolute(shim)) return { path: shim };
          // Resolved from this compiler's own node_modules, whoever imports it.
          return build.resolve(shim, {
            kind: args.kind,
            resolveDir: SDK_DIR,
            pluginData: { sluiceInner: true },
          });
        }
        if (isBuiltin(spec) || spec.startsWith('node:')) {
          // A library may map a built-in to its own pure-JS file through its "browser" field.
          if (fromPackage) {
            const mapped = await build.resolve(spec, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: { sluiceInner: true },
            });
            if (mapped.errors.length === 0 && !mapped.external && inNodeModules(mapped.path)) return mapped;
          }
          return forbidden(spec, 'Node built-in modules are not available to policies');
        }
        if (!fromPackage && PACKAGE_ENTRIES[spec]) spec = PACKAGE_ENTRIES[spec];
        const bare = !spec.startsWith('.') && !isAbsolute(spec);
        if (bare && !fromPackage && !ALLOWED_PACKAGES.includes(packageName(spec))) {
          return forbidden(spec, `only ${ALLOWED_PACKAGES.join(', ')} and the Sluice SDK may be imported`);
        }
        if (args.namespace === POLICY_NS && !bare) {
          return forbidden(
            spec,
            'a policy pushed as source text is one file; relative imports need an entry on disk',
          );
        }
        const r = await build.resolve(spec, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { sluiceInner: true },
        });
        if (r.errors.length > 0) {
          return { errors: r.errors.map((e) => ({ ...e, detail: 'SLUICE_COMPILE_UNRESOLVED_IMPORT' })) };
        }
        const file = r.path;
        if (within(SDK_HOST_DIR, file)) return forbidden(spec, 'sdk/host/ runs on the host only');
        const allowed =
          within(root, file) ||
          within(SDK_DIR, file) ||
          inNodeModules(file) ||
          (file === KAFKA_ERROR_TABLE && within(SDK_DIR, args.importer));
        if (!allowed) return forbidden(spec, "it is outside the policy's folder");
        if (inNodeModules(file) && !fromPackage && !bare) {
          return forbidden(spec, 'reach packages by name, not by path');
        }
        return r;
      });
    },
  };
}

function toDiagnostic(m: esbuild.Message, root: string, virtualName: string): Diagnostic {
  let code: DiagnosticCode = 'SLUICE_COMPILE_ERROR';
  if (m.detail === 'SLUICE_COMPILE_FORBIDDEN_IMPORT' || m.detail === 'SLUICE_COMPILE_UNRESOLVED_IMPORT')
    code = m.detail;
  else if (/No matching export .* for import "default"/.test(m.text))
    code = 'SLUICE_COMPILE_NO_DEFAULT_EXPORT';
  else if (m.id === '' && m.location && !m.pluginName) code = 'SLUICE_COMPILE_SYNTAX';
  if (code === 'SLUICE_COMPILE_ERROR' && /Could not resolve/.test(m.text))
    code = 'SLUICE_COMPILE_UNRESOLVED_IMPORT';
  const loc = m.location;
  let file: string | null = null;
  if (loc?.file === '<sluice-entry>') {
    // The generated entry imports the default export; point at the policy file instead.
    return {
      code,
      message: 'the policy module has no default export (export default definePolicy({...}))',
      file: virtualName,
      line: null,
      column: null,
    };
  }
  if (loc) {
    const f = loc.file.startsWith(`${POLICY_NS}:`) ? loc.file.slice(POLICY_NS.length + 1) : loc.file;
    // esbuild reports paths relative to its working directory; report them relative to the policy's folder.
    file = loc.file.startsWith(`${POLICY_NS}:`) ? f : relative(root, resolve(process.cwd(), f));
  }
  return {
    code,
    message: m.text,
    file,
    line: loc ? loc.line : null,
    column: loc ? loc.column + 1 : null,
    lineText: loc?.lineText,
  };
}

/** Compiles a policy. Never throws for problems in the policy: they come back as diagnostics. */
export async function compilePolicy(input: CompileInput): Promise<CompileResult> {
  const started = performance.now();
  if ((input.entry === undefined) === (input.source === undefined)) {
    throw new TypeError('compilePolicy needs exactly one of entry or source');
  }
  const entry = input.entry === undefined ? undefined : resolve(input.entry);
  const root = entry ? dirname(entry) : process.cwd();
  const virtual =
    input.source === undefined ? null : { name: input.filename ?? 'policy.ts', source: input.source };
  const policySpec = entry ? JSON.stringify(entry) : '"sluice-policy-entry"';
  const stdin = [
    `import policy from ${policySpec};`,
    `import { installRuntime } from ${JSON.stringify(RUNTIME_ENTRY)};`,
    'installRuntime(policy);',
  ].join('\n');
  let result: esbuild.BuildResult<{ write: false; metafile: true }>;
  try {
    result = await esbuild.build({
      stdin: { contents: stdin, loader: 'ts', resolveDir: root, sourcefile: '<sluice-entry>' },
      bundle: true,
      write: false,
      metafile: true,
      format: 'iife',
      // 'browser' makes esbuild honour packages' "browser" field (e.g. avsc's crypto → md5 shim).
      platform: 'browser',
      mainFields: ['browser', 'module', 'main'],
      conditions: ['browser'],
      target: TARGET,
      minifyWhitespace: input.minify ?? true,
      minifySyntax: input.minify ?? true,
      legalComments: 'none',
      logLevel: 'silent',
      // Keep every import statement, even unused ones, so each one passes the allow-list.
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      charset: 'utf8',
      plugins: [allowListPlugin(root, virtual)],
    });
  } catch (e) {
    const failure = e as esbuild.BuildFailure;
    if (!Array.isArray(failure.errors)) throw e;
    return {
      ok: false,
      diagnostics: failure.errors.map((m) =>
        toDiagnostic(m, root, virtual?.name ?? (entry ? relative(root, entry) : 'policy.ts')),
      ),
    };
  }
  const code = result.outputFiles[0].text;
  const meta = {
    compiler: COMPILER_VERSION,
    esbuild: esbuild.version,
    target: TARGET,
    format: 'iife' as const,
  };
  const revision = `sha256:${createHash('sha256').update(JSON.stringify(meta)).update('\n').update(code).digest('hex')}`;
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => f !== '<sluice-entry>')
    .map((f) => (f.startsWith(`${POLICY_NS}:`) ? f.slice(POLICY_NS.length + 1) : f));
  return {
    ok: true,
    policy: {
      revision,
      code,
      inputs,
      sizeBytes: Buffer.byteLength(code),
      compileMs: performance.now() - started,
      meta,
    },
  };
}
