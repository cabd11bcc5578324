// The policy routes of the admin API (gateway/admin/routes/policies.ts) as the CLI reads them:
// the shapes of their answers, their paths, revision ids from a unique prefix, and a refused
// push or dry-run told in the user's terms (compile problems as file:line:col of the files on
// disk, failed tests as the test report).
import type { AdminClient } from './admin-client.ts';
import { ApiError, CliError, usageError } from './errors.ts';
import { EXIT } from './exit-codes.ts';
import { formatDiagnostics, type Output, shortRevision } from './output.ts';
import { localPath, type PolicyFiles } from './policy-files.ts';
import { parseTap, relocateTestPaths, renderReport } from './test-report.ts';

export const API = '/api/v1';
export const FULL_REVISION = /^sha256:[0-9a-f]{64}$/;

/** The admin API's answers, as far as the CLI reads them. */
export interface Active {
  revision: string | null;
  previous?: string | null;
  generation: number;
  by: string;
  at: string;
}
export interface PolicySummary {
  name: string;
  active: Active | null;
  revisions: number;
}
export interface RevisionMeta {
  id: string;
  pushedBy: string;
  pushedAt: string;
  entry: string;
  files: string[];
  priority: number;
  mode?: string;
  onError?: string;
  kmsKeys?: string[];
  scope?: Record<string, unknown>;
  pluginClass?: string;
}
export interface PolicyView {
  name: string;
  active: Active | null;
  revisions: RevisionMeta[];
}
export interface RevisionWhole extends RevisionMeta {
  sources: Record<string, string>;
  config: Record<string, unknown>;
  active: boolean;
}
export interface WriteResult {
  policy: string;
  revision: string | null;
  generation: number;
  created: boolean;
  changed: boolean;
}
export interface DryRunResult {
  action: string;
  errorCode?: number;
  errorMessage?: string;
  recordErrors?: { batchIndex: number; message: string }[];
  acks?: number;
  compression?: string;
  records?: { key: string | null; value: string | null; headers: Record<string, string | null> }[];
  trace: { policy: string; revision: string; result: string; failure?: string; micros: number }[];
  /** With `last`: the offset of each record read, in order. */
  offsets?: number[];
}
/** One differing record of a shadow run (gateway/policy/shadow-report.ts). */
export interface ShadowSample {
  hook: string;
  topic: string | null;
  partition: number | null;
  /** Null until the broker has answered a produce, and for the request hooks. */
  offset: number | null;
  batchIndex: number;
  active: string;
  shadow: string;
  reason?: string;
  at: string;
}
export interface ShadowView {
  policy: string;
  revision: string;
  active: string | null;
  by: string;
  at: string;
  sample?: number;
  replica?: string;
  /** What the replica that answered has compared; null until it runs the shadow. */
  report: {
    since: string;
    compared: number;
    differing: number;
    differingRecords: number;
    byVerdict: Record<string, number>;
    first: ShadowSample[];
  } | null;
}

/** A write's answer as a line: `<policy>: <verb>, active revision sha256:… (generation n)`. */
export function writeText(verb: string, r: WriteResult): string {
  const what = r.changed ? verb : 'unchanged';
  return `${r.policy}: ${what}, active revision ${shortRevision(r.revision)} (generation ${r.generation})`;
}

export const path = (name: string, ...rest: string[]) =>
  [`${API}/policies/${encodeURIComponent(name)}`, ...rest.map(encodeURIComponent)].join('/');

/** A full revision id for a full id or a unique prefix of one (with or without `sha256:`). */
export async function resolveRevision(client: AdminClient, name: string, given: string): Promise<string> {
  if (FULL_REVISION.test(given)) return given;
  const prefix = given.startsWith('sha256:') ? given : `sha256:${given}`;
  if (!/^sha256:[0-9a-f]+$/.test(prefix))
    throw usageError(`${given}: a revision is sha256:<hex> (a unique prefix will do)`);
  const view = (await client.get<PolicyView>(path(name))).body;
  const matches = view.revisions.filter((r) => r.id.startsWith(prefix));
  if (matches.length === 0)
    throw new CliError('SLUICE_CLI_USAGE', `policy ${name} has no revision ${given}`, {
      exitCode: EXIT.NOT_FOUND,
    });
  if (matches.length > 1)
    throw usageError(`${given} names ${matches.length} revisions of ${name}; give more of the id`);
  return matches[0].id;
}

/**
 * A refused push or dry-run in the user's terms: compile problems as `file:line:col: message`
 * with the paths they have on disk, failed tests as the test report. Returns the error to end
 * with, its message shortened to the part not already printed.
 */
export function explainRefusal(err: unknown, out: Output, policy: PolicyFiles | undefined): unknown {
  if (!(err instanceof ApiError) || err.status !== 400) return err;
  const where = (file: string) => (policy ? localPath(policy, file) : file);
  const body = err.body;
  if (body.diagnostics && body.diagnostics.length > 0) {
    out.error(formatDiagnostics(body.diagnostics, where));
    const head = body.message.split(': ')[0];
    return new ApiError(err.status, { code: body.code, message: head });
  }
  const tap = body.message.indexOf('\nTAP version');
  if (tap >= 0) {
    const relocate = relocateTestPaths(policy?.root ?? '');
    out.error(renderReport(parseTap(body.message.slice(tap + 1), false, relocate)));
    return new ApiError(err.status, {
      code: body.code,
      message: body.message.slice(0, tap).replace(/:$/, ''),
    });
  }
  return err;
}
