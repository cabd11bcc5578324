// A policy's test run as a list of results. gateway/control/policy-tests.ts runs the tests with
// node:test's TAP reporter (the same run the admin API does before storing a push); this reads
// that TAP back — one result per test, its enclosing suites, and for a failure its message and
// location — and prints it as `pass name` / `FAIL suite > name` lines and a count.
import { createRequire } from 'node:module';

// Loaded when a report is read, not when the CLI starts.
const parseYaml = (text: string): unknown =>
  (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

export type TestStatus = 'pass' | 'fail' | 'skip' | 'todo';

export interface TestResult {
  name: string;
  /** The describe() blocks around it, outermost first. */
  suites: string[];
  status: TestStatus;
  kind: 'test' | 'suite';
  /** For a failure: the message (and an assertion's diff). */
  error?: string;
  /** For a failure: file:line:col. */
  location?: string;
}

export interface TestCounts {
  tests: number;
  pass: number;
  fail: number;
  skipped: number;
  todo: number;
  cancelled: number;
}

export interface TestReport {
  ok: boolean;
  results: TestResult[];
  /** From the reporter's summary; absent when the output was cut short. */
  counts?: TestCounts;
}

interface Node extends TestResult {
  depth: number;
  done: boolean;
  failedInside: boolean;
}

const SUBTEST = /^( *)# Subtest: (.*)$/;
const RESULT = /^( *)(not ok|ok) \d+(?: - (.*?))?(?: # (SKIP|TODO)\b.*)?$/i;
const YAML_START = /^( *) {2}---$/;
const COUNT = /^# (tests|pass|fail|skipped|todo|cancelled) (\d+)$/;

const unescapeName = (name: string) => name.replace(/\\#/g, '#').replace(/\\\\/g, '\\');

/** `relocate` rewrites paths in messages and locations (the tests ran in a scratch folder). */
export function parseTap(
  output: string,
  ok: boolean,
  relocate: (text: string) => string = (t) => t,
): TestReport {
  const lines = output.split('\n');
  const all: Node[] = [];
  const open: Node[] = [];
  let last: Node | undefined;
  const counts: Partial<TestCounts> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const sub = SUBTEST.exec(line);
    if (sub) {
      const depth = sub[1].length / 4;
      open.length = depth;
      const node: Node = {
        name: relocate(unescapeName(sub[2])),
        suites: open.map((n) => n.name),
        status: 'pass',
        kind: 'test',
        depth,
        done: false,
        failedInside: false,
      };
      open.push(node);
      all.push(node);
      continue;
    }
    const result = RESULT.exec(line);
    if (result) {
      const depth = result[1].length / 4;
      const name = relocate(unescapeName(result[3] ?? ''));
      let node = open[depth];
      if (!node || node.done || node.name !== name) {
        // A reporter that did not announce the test first.
        node = {
          name,
          suites: open.slice(0, depth).map((n) => n.name),
          status: 'pass',
          kind: 'test',
          depth,
          done: false,
          failedInside: false,
        };
        all.push(node);
      }
      node.done = true;
      const directive = result[4]?.toUpperCase();
      node.status =
        result[2] === 'not ok'
          ? 'fail'
          : directive === 'SKIP'
            ? 'skip'
            : directive === 'TODO'
              ? 'todo'
              : 'pass';
      if (node.status === 'fail') for (const parent of open.slice(0, depth)) parent.failedInside = true;
      open.length = depth;
      last = node;
      continue;
    }
    const yamlStart = YAML_START.exec(line);
    if (yamlStart && last) {
      const indent = yamlStart[1].length + 2;
      const block: string[] = [];
      for (i++; i < lines.length && lines[i].trimEnd() !== `${' '.repeat(indent)}...`; i++)
        block.push(lines[i].slice(indent));
      applyDetails(last, block.join('\n'), relocate);
      continue;
    }
    const count = COUNT.exec(line);
    if (count) counts[count[1] as keyof TestCounts] = Number(count[2]);
  }
  const complete = counts.tests !== undefined && counts.pass !== undefined && counts.fail !== undefined;
  return {
    ok,
    results: all.map(({ depth: _d, done: _o, failedInside: _f, ...r }) => r),
    ...(complete
      ? {
          counts: {
            tests: counts.tests!,
            pass: counts.pass!,
            fail: counts.fail!,
            skipped: counts.skipped ?? 0,
            todo: counts.todo ?? 0,
            cancelled: counts.cancelled ?? 0,
          },
        }
      : {}),
  };
  function applyDetails(node: Node, text: string, fix: (t: string) => string): void {
    let details: Record<string, unknown>;
    try {
      details = (parseYaml(text) as Record<string, unknown>) ?? {};
    } catch {
      return;
    }
    if (details.type === 'suite') node.kind = 'suite';
    if (node.status !== 'fail') return;
    // A suite whose own tests failed says only "1 subtest failed": the tests say why.
    if (node.failedInside) {
      node.kind = 'suite';
      return;
    }
    if (typeof details.error === 'string')
      node.error = fix(details.error)
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    if (typeof details.location === 'string') node.location = fix(details.location);
  }
}

/**
 * Rewrites the scratch folder the tests ran in (policy-tests.ts) to `root`, the folder the
 * files have on the user's disk, in names, messages and locations.
 */
export function relocateTestPaths(root: string): (text: string) => string {
  const to = root === '' || root === '.' ? '' : `${root.replace(/\/$/, '')}/`;
  return (text) => text.replace(/(?:file:\/\/)?\/[^\s'"]*?sluice-policy-tests-[^/\s'"]+\//g, to);
}

/** The results worth a line: every test, and a suite only when it failed by itself (a hook threw). */
export function shown(report: TestReport): TestResult[] {
  const suitesWithFailures = new Set(
    report.results.filter((r) => r.status === 'fail' && r.kind === 'test').map((r) => r.suites.join('\0')),
  );
  return report.results.filter((r) => {
    if (r.kind === 'test') return true;
    if (r.status !== 'fail' || r.error === undefined) return false;
    const path = [...r.suites, r.name].join('\0');
    return ![...suitesWithFailures].some((s) => s === path || s.startsWith(`${path}\0`));
  });
}

const LABEL: Readonly<Record<TestStatus, string>> = {
  pass: 'pass',
  fail: 'FAIL',
  skip: 'skip',
  todo: 'todo',
};

export function renderReport(report: TestReport): string {
  const out: string[] = [];
  for (const r of shown(report)) {
    out.push(`${LABEL[r.status]}  ${[...r.suites, r.name].join(' > ')}`);
    if (r.status === 'fail') {
      for (const l of (r.error ?? '').split('\n')) out.push(l === '' ? '' : `        ${l}`);
      if (r.location) out.push(`        at ${r.location}`);
    }
  }
  const c = report.counts;
  out.push('');
  if (c) {
    const parts = [`${c.pass} passed`, `${c.fail} failed`];
    if (c.skipped) parts.push(`${c.skipped} skipped`);
    if (c.todo) parts.push(`${c.todo} todo`);
    if (c.cancelled) parts.push(`${c.cancelled} cancelled`);
    out.push(`${c.tests} test${c.tests === 1 ? '' : 's'}: ${parts.join(', ')}`);
  } else {
    out.push(
      report.ok ? 'tests passed (the report was cut short)' : 'tests failed (the report was cut short)',
    );
  }
  return out.join('\n');
}
