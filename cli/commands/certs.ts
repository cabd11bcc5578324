// `sluice certs generate`: TLS material for the gateway — a private CA, a server certificate
// for the host-routing names (or a wildcard), a PKCS#12 keystore and a Java truststore — by
// running deploy/tls/generate.sh, which the package ships, with the same arguments.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import { type CliContext, outputOf } from '../context.ts';
import { CliError, usageError } from '../errors.ts';
import { EXIT } from '../exit-codes.ts';
import { integer } from '../options.ts';
import { table } from '../output.ts';

export const GENERATE_SCRIPT = join(import.meta.dirname, '..', '..', 'deploy', 'tls', 'generate.sh');

const FILES = [
  ['ca.crt', 'the CA certificate: give it to clients (and to `sluice policy --cacert`)'],
  ['ca.key', 'the CA key: keep it private, it signs the next certificate'],
  ['server.crt', 'the gateway certificate'],
  ['server.key', 'the gateway key'],
  ['server-chain.crt', 'the gateway certificate followed by the CA'],
  ['server.p12', 'PKCS#12 keystore: key and chain, alias "server"'],
  ['truststore.p12', 'Java truststore holding the CA, alias "ca"'],
  ['sans.txt', 'the names the certificate was issued for'],
] as const;

interface GenerateOptions {
  out: string;
  domain?: string;
  brokers?: number;
  wildcard?: boolean;
  san: string[];
  password?: string;
  days?: number;
}

function generateCommand(ctx: CliContext): Command {
  return new Command('generate')
    .description(
      'write a CA and a gateway certificate for gateway.<domain> and brokermain<N>-gateway.<domain> (or *.<domain>)',
    )
    .requiredOption('--out <dir>', 'where to write the files (the CA there is kept across runs)')
    .option('--domain <domain>', 'the DNS domain of the gateway names (default sluice.test)')
    .addOption(
      new Option('--brokers <n>', 'name brokermain0 … brokermain<n-1> (default 3)')
        .argParser(integer(1, 1000))
        .conflicts('wildcard'),
    )
    .option('--wildcard', 'name *.<domain>, so adding brokers never needs a new certificate')
    .option(
      '--san <name-or-ip>',
      'an extra name or IP address (repeatable)',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--password <password>', 'password of the PKCS#12 stores (default changeit)')
    .addOption(
      new Option('--days <n>', 'validity of the server certificate (default 825)').argParser(
        integer(1, 36500),
      ),
    )
    .action(async (o: GenerateOptions, self: Command) => {
      const out = outputOf(ctx, self);
      if (!existsSync(GENERATE_SCRIPT))
        throw new CliError('SLUICE_CLI_FAILED', `${GENERATE_SCRIPT} is missing from this installation`);
      const args = [GENERATE_SCRIPT, '--out', o.out];
      if (o.domain !== undefined) args.push('--domain', o.domain);
      if (o.brokers !== undefined) args.push('--brokers', String(o.brokers));
      if (o.wildcard) args.push('--wildcard');
      for (const san of o.san) args.push('--san', san);
      if (o.password !== undefined) args.push('--password', o.password);
      if (o.days !== undefined) args.push('--days', String(o.days));
      out.progress(`generating TLS material in ${o.out} …`);
      // The script reports on stderr (its problems, the names it issued for); pass that through.
      const code = await new Promise<number>((resolve, reject) => {
        const child = spawn('bash', args, { stdio: ['ignore', 'ignore', 'pipe'] });
        child.stderr.on('data', (b: Buffer) => ctx.streams.stderr.write(b));
        child.on('error', reject);
        child.on('close', (c) => resolve(c ?? 1));
      }).catch((err: Error) => {
        throw new CliError('SLUICE_CLI_FAILED', `cannot run bash: ${err.message}`);
      });
      if (code === 2) throw usageError('deploy/tls/generate.sh refused the arguments');
      if (code !== 0)
        throw new CliError(
          'SLUICE_CLI_FAILED',
          `deploy/tls/generate.sh failed (exit ${code}); needs openssl and keytool`,
          {
            exitCode: EXIT.FAILED,
          },
        );
      const written = FILES.filter(([f]) => existsSync(join(o.out, f)));
      const sans = readFileSync(join(o.out, 'sans.txt'), 'utf8').split('\n')[0].split(',');
      out.result({ out: o.out, files: written.map(([f]) => join(o.out, f)), sans }, () =>
        table(
          ['FILE', 'WHAT'],
          written.map(([f, what]) => [join(o.out, f), what]),
        ),
      );
    });
}

export function certsCommand(ctx: CliContext): Command {
  return new Command('certs').description('TLS material for the gateway').addCommand(generateCommand(ctx));
}
