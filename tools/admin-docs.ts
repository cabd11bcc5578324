// Writes the route reference of docs/admin-api.md from the admin app itself: every route with
// its method, path, who may call it and its summary, between the `routes` markers. With
// --check, says whether the file is current instead (test/tools/admin-docs.test.ts runs that).
//   ./node_modules/.bin/node --no-node-snapshot tools/admin-docs.ts [--check]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { buildAdminApp } from '../gateway/admin/app.ts';
import { AdminAuth } from '../gateway/admin/auth.ts';
import { PolicyChecker } from '../gateway/control/checker.ts';
import { PolicyController } from '../gateway/control/controller.ts';
import { LocalPolicyStore } from '../gateway/control/local-store.ts';
import { GatewayMetrics } from '../gateway/metrics.ts';

export const DOC = join(import.meta.dirname, '..', 'docs', 'admin-api.md');
const BEGIN = '<!-- routes:begin (written by tools/admin-docs.ts) -->';
const END = '<!-- routes:end -->';
const WHO = { public: 'anyone¹', viewer: 'viewer, admin', admin: 'admin' } as const;

/** The route table as the app registers it. */
export async function routeTable(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-admin-docs-'));
  const log = pino({ level: 'silent' });
  const controller = new PolicyController({
    store: new LocalPolicyStore(dir),
    policies: async () => ({
      deploy: async () => ({}) as never,
      remove: async () => {},
      deployShadow: async () => ({}) as never,
      removeShadow: async () => {},
    }),
    log,
  });
  const checker = new PolicyChecker(log);
  try {
    const app = await buildAdminApp({
      auth: new AdminAuth([], [], { maxFailures: 1, windowMs: 1 }),
      controller,
      checker,
      facts: {
        listeners: () => [],
        brokers: () => [],
        ready: () => ({ ready: true, reasons: [] }),
        sandboxes: async () => ({}),
        chain: () => [],
      },
      metrics: new GatewayMetrics(),
      log,
      bodyLimit: 1024,
    });
    await app.ready();
    const rows = app.sluiceRoutes.map(
      (r) =>
        `| \`${r.method}\` | \`${r.url.replace(/:(\w+)/g, '{$1}')}\` | ${WHO[r.access]} | ${r.summary} |`,
    );
    await app.close();
    return ['| method | path | who may call it | what it does |', '| --- | --- | --- | --- |', ...rows].join(
      '\n',
    );
  } finally {
    await checker.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The doc with the current table between the markers. */
export async function renderedDoc(): Promise<string> {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(BEGIN);
  const to = doc.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${DOC} has no ${BEGIN} … ${END} markers`);
  return `${doc.slice(0, from + BEGIN.length)}\n${await routeTable()}\n${doc.slice(to)}`;
}

if (import.meta.main) {
  const next = await renderedDoc();
  if (process.argv.includes('--check')) {
    const current = readFileSync(DOC, 'utf8') === next;
    console.log(current ? `${DOC} is current` : `${DOC} is stale: run tools/admin-docs.ts`);
    process.exit(current ? 0 : 1);
  }
  writeFileSync(DOC, next);
  console.log(`wrote ${DOC}`);
}
