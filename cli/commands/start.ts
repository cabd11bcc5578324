// `sluice start --config sluice.yaml`: runs the gateway until SIGTERM or SIGINT, then stops
// accepting, lets clients finish for --shutdown-grace-ms and exits 0. The log lines "sluice
// started" and "sluice stopped" are what deploy/local/start.ts and the integration tests wait
// for. The gateway is imported only here, so the policy commands start fast.
import { Command, Option } from 'commander';
import { EXIT } from '../exit-codes.ts';
import { integer } from '../options.ts';

export function configOption(): Option {
  return new Option(
    '-c, --config <file>',
    'the configuration file (YAML); SLUICE_* variables override its keys',
  ).env('SLUICE_CONFIG');
}

/** The --config value, or a usage error naming the command. */
export function requireConfig(cmd: Command): string {
  const file = cmd.opts<{ config?: string }>().config;
  if (!file) {
    cmd.error(`sluice ${cmd.name()}: --config <file> is required (or set SLUICE_CONFIG)`, {
      exitCode: EXIT.USAGE,
      code: 'sluice.usage',
    });
  }
  return file;
}

export function startCommand(): Command {
  return new Command('start')
    .description('start the gateway and run it until SIGTERM or SIGINT')
    .addOption(configOption())
    .addOption(
      new Option('--shutdown-grace-ms <ms>', 'how long open connections may finish after a stop signal')
        .default(5000)
        .argParser(integer(0, 3_600_000)),
    )
    .action(async (_opts, cmd: Command) => {
      const file = requireConfig(cmd);
      const grace = cmd.opts<{ shutdownGraceMs: number }>().shutdownGraceMs;
      const { loadConfig } = await import('../../gateway/config/load.ts');
      const { createLogger } = await import('../../gateway/logger.ts');
      const { Gateway } = await import('../../gateway/server/gateway.ts');
      const loaded = loadConfig(file);
      const log = createLogger(loaded.config.logging.level);
      for (const v of loaded.env.unmatched)
        log.warn({ variable: v }, 'environment variable matches no configuration key');
      const gateway = new Gateway(loaded.config, log);
      await gateway.start();
      log.info({ config: loaded.path, pid: process.pid }, 'sluice started');
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          log.info({ signal }, 'stopping: no new connections, closing open ones');
          gateway.stop(grace).then(resolve, resolve);
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
      log.info('sluice stopped');
    });
}
