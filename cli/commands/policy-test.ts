// `sluice policy test <path>`: what the admin API checks before it stores a push, here and
// without a server — the policy compiles (gateway/control/compile-spec.ts, so forbidden imports
// and syntax errors come out as file:line:col) and its own *.test.ts files pass, run by
// gateway/control/policy-tests.ts with the SDK harness (`sluice/sdk/testing`) exactly as the
// server runs them. Prints one line per test; exits 1 when the policy does not compile or a
// test fails, 2 when there is nothing to test.
import { Command } from 'commander';
import { AdminError } from '../../gateway/admin/errors.ts';
import { type CliContext, outputOf } from '../context.ts';
import { CliError, usageError } from '../errors.ts';
import { formatDiagnostics } from '../output.ts';
import { fileCount, localPath, readPolicyFiles } from '../policy-files.ts';
import { parseTap, relocateTestPaths, renderReport } from '../test-report.ts';

export function policyTestCommand(ctx: CliContext): Command {
  return new Command('test')
    .description(
      'compile a policy and run its own tests (*.test.ts, written with sluice/sdk/testing) here, no server needed',
    )
    .argument('<path>', 'a .ts file (with its <name>.test.ts beside it) or a directory of .ts files')
    .option('--entry <file>', 'for a directory: the file whose default export is the policy')
    .action(async (where: string, o: { entry?: string }, self: Command) => {
      const out = outputOf(ctx, self);
      const policy = readPolicyFiles(where);
      const { specFromBody } = await import('../../gateway/admin/routes/policies.ts');
      const { compileSpec } = await import('../../gateway/control/compile-spec.ts');
      const { runPolicyTests, testFiles } = await import('../../gateway/control/policy-tests.ts');
      let spec: ReturnType<typeof specFromBody>;
      try {
        // The server's own reading of a push, so the entry is chosen as it would be.
        spec = specFromBody('local', { files: policy.files, entry: o.entry ?? policy.entry });
      } catch (err) {
        if (err instanceof AdminError) throw usageError(`${where}: ${err.message}`);
        throw err;
      }
      const tests = testFiles(spec);
      if (tests.length === 0)
        throw usageError(`${where}: no tests (*.test.ts files) to run; see docs/policy-authoring.md`);
      out.progress(`testing ${where} (${fileCount(policy)}, ${tests.length} test file(s)) …`);
      const compiled = await compileSpec(spec);
      if (!compiled.ok) {
        out.error(formatDiagnostics(compiled.diagnostics, (f) => localPath(policy, f)));
        throw new CliError('SLUICE_CLI_FAILED', `${spec.entry} does not compile`);
      }
      const run = (await runPolicyTests(spec))!;
      const relocate = relocateTestPaths(policy.root);
      const report = parseTap(run.output, run.ok, relocate);
      out.result(report, () => renderReport(report));
      if (!run.ok) {
        if (report.results.length === 0) out.error(relocate(run.output));
        const c = report.counts;
        throw new CliError(
          'SLUICE_CLI_TESTS_FAILED',
          c ? `${c.fail} of ${c.tests} test(s) failed` : 'the tests failed',
        );
      }
    });
}
