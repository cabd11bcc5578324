// The command line itself: --help on every command, usage errors exit 2 with the reason on
// stderr, `check` and `start` behave as before the CLI moved onto commander.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, test } from 'node:test';
import type { Command } from 'commander';
import { buildProgram, run } from '../../cli/program.ts';
import { sluiceCli } from './support.ts';

function capture() {
  const text = { stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk, _enc, done) {
        text[key] += String(chunk);
        done();
      },
    });
  const ctx = { streams: { stdout: stream('stdout'), stderr: stream('stderr') }, env: {}, home: tmpdir() };
  return { ctx, text };
}

function paths(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands.flatMap((c) => [[...prefix, c.name()], ...paths(c, [...prefix, c.name()])]);
}

describe('sluice command line', () => {
  test('Given any command, when run with --help, then its usage is printed on stdout and it exits 0', async () => {
    const all = paths(buildProgram(capture().ctx));
    assert.ok(all.length >= 12, `${all.length} commands`);
    for (const path of [[], ...all]) {
      const { ctx, text } = capture();
      assert.equal(await run([...path, '--help'], ctx), 0, path.join(' '));
      assert.match(
        text.stdout,
        new RegExp(`^Usage: sluice${path.map((p) => ` ${p}`).join('')} `),
        path.join(' '),
      );
      assert.equal(text.stderr, '');
    }
  });

  test('Given an unknown command or option, a missing argument, a bad choice or number, when run, then exit 2 with the reason and where to find help on stderr', async () => {
    const cases: [string[], RegExp][] = [
      [['frob'], /unknown command 'frob'/],
      [['policy', 'list', '--frob'], /unknown option '--frob'/],
      [['policy', 'push', 'only-a-name'], /missing required argument 'path'/],
      [['policy', 'push', 'n', 'p.ts', '--mode', 'loud'], /Allowed choices are enforce, audit/],
      [['policy', 'push', 'n', 'p.ts', '--priority', 'high'], /a whole number from 0 to 1000000/],
      [['policy', 'push', 'n', 'p.ts', '--config', 'a.json', '--config-json', '{}'], /cannot be used with/],
      [['policy', 'push', 'n', join(tmpdir(), 'no-such-policy.ts')], /no such file or directory/],
      [['policy', 'list', '--url', 'ftp://x'], /must be http:\/\/ or https:\/\//],
      [['policy', 'list', '--user', 'alice'], /no password for user alice/],
      [['policy', 'dry-run', '--topic', 't', '--records', 'r.json'], /name a pushed policy or give --source/],
      [['start'], /--config <file> is required/],
      [[], /Usage: sluice/],
    ];
    for (const [args, reason] of cases) {
      const { ctx, text } = capture();
      assert.equal(await run(args, ctx), 2, args.join(' '));
      assert.match(text.stderr, reason, args.join(' '));
      assert.equal(text.stdout, '', args.join(' '));
    }
  });

  test('Given a valid and an invalid config, when sluice check runs as a process, then exit 0 with "valid" and exit 1 with the key; a usage error exits 2', async () => {
    const sluice = sluiceCli();
    const dir = mkdtempSync(join(tmpdir(), 'sluice-cli-check-'));
    writeFileSync(
      join(dir, 'good.yaml'),
      'upstream:\n  bootstrapServers: [127.0.0.1:9092]\nlisteners:\n  - { name: internal, routing: port, port: 19092 }\n',
    );
    writeFileSync(join(dir, 'bad.yaml'), 'upstream:\n  bootstrapServers: [127.0.0.1:9092]\nlisteners: []\n');
    const [good, fromEnv, bad, usage] = await Promise.all([
      sluice(['check', '--config', join(dir, 'good.yaml')]),
      sluice(['check'], { env: { SLUICE_CONFIG: join(dir, 'good.yaml') } }),
      sluice(['check', '-c', join(dir, 'bad.yaml')]),
      sluice(['policy', 'push']),
    ]);
    assert.equal(good.exitCode, 0, good.stderr);
    assert.equal(good.stdout, `${join(dir, 'good.yaml')}: valid (1 listener(s))\n`);
    assert.equal(fromEnv.exitCode, 0, fromEnv.stderr);
    assert.equal(bad.exitCode, 1);
    assert.match(bad.stderr, /^sluice: SLUICE_CONFIG_INVALID: invalid configuration/m);
    assert.match(bad.stderr, /^ {2}listeners: must have at least 1/m);
    assert.equal(usage.exitCode, 2);
    assert.match(usage.stderr, /missing required argument 'name'/);
  });
});
