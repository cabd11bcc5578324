// Where a command's words go: data on stdout (aligned tables for people, or with
// `--output json` the admin API's JSON as it came, pretty-printed), progress, warnings and
// errors on stderr, so `sluice policy list --output json | jq` sees only JSON.
import type { Writable } from 'node:stream';
import type { ApiDiagnostic } from './errors.ts';

export const OUTPUT_FORMATS = ['text', 'json'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface Streams {
  stdout: Writable;
  stderr: Writable;
}

export class Output {
  readonly format: OutputFormat;
  readonly #streams: Streams;

  constructor(streams: Streams, format: OutputFormat = 'text') {
    this.#streams = streams;
    this.format = format;
  }

  get json(): boolean {
    return this.format === 'json';
  }

  /** With --output json: the value as JSON; otherwise what `text` renders, if anything. */
  result(value: unknown, text: () => string | undefined): void {
    if (this.json) {
      if (value !== undefined) this.#streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      return;
    }
    const t = text();
    if (t !== undefined && t !== '') this.#streams.stdout.write(t.endsWith('\n') ? t : `${t}\n`);
  }

  /** A line of data on stdout, whatever the format (for things that have no JSON form). */
  line(text: string): void {
    this.#streams.stdout.write(`${text}\n`);
  }

  /** "Working on it" on stderr, before anything that takes time. */
  progress(text: string): void {
    this.#streams.stderr.write(`${text}\n`);
  }

  warn(text: string): void {
    this.#streams.stderr.write(`sluice: warning: ${text}\n`);
  }

  error(text: string): void {
    this.#streams.stderr.write(`${text}\n`);
  }
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n');
}

/** `key: value` lines with the values aligned. */
export function fields(pairs: readonly (readonly [string, string | undefined])[]): string {
  const shown = pairs.filter(([, v]) => v !== undefined) as [string, string][];
  const width = Math.max(...shown.map(([k]) => k.length)) + 1;
  return shown.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v}`).join('\n');
}

/** `sha256:` and the first 12 hex digits: enough to tell revisions apart and to name one. */
export function shortRevision(id: string | null | undefined): string {
  if (!id) return '-';
  return id.startsWith('sha256:') ? id.slice(0, 'sha256:'.length + 12) : id;
}

/**
 * Compile problems as compilers print them: `file:line:col: message`, then the line and a caret.
 * `where` maps a file name as pushed to the path the user knows it by.
 */
export function formatDiagnostics(
  diagnostics: readonly ApiDiagnostic[],
  where: (file: string) => string = (f) => f,
): string {
  const out: string[] = [];
  for (const d of diagnostics) {
    const file = d.file === null ? '<policy>' : where(d.file);
    out.push(`${file}:${d.line ?? 0}:${d.column ?? 0}: ${d.message}`);
    if (d.lineText && d.column) {
      out.push(`    ${d.lineText}`);
      out.push(`    ${' '.repeat(Math.max(0, d.column - 1))}^`);
    }
  }
  return out.join('\n');
}
