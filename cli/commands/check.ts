// `sluice check --config sluice.yaml`: loads and validates the configuration (files it names
// must exist, SLUICE_* overrides applied) and exits, 0 when it is valid, 1 with every problem
// when it is not.
import { Command } from 'commander';
import { type CliContext, outputOf } from '../context.ts';
import { configOption, requireConfig } from './start.ts';

export function checkCommand(ctx: CliContext): Command {
  return new Command('check')
    .description('validate the configuration and exit')
    .addOption(configOption())
    .action(async (_opts, cmd: Command) => {
      const file = requireConfig(cmd);
      const { loadConfig } = await import('../../gateway/config/load.ts');
      const { createLogger } = await import('../../gateway/logger.ts');
      const loaded = loadConfig(file);
      const log = createLogger(loaded.config.logging.level);
      for (const v of loaded.env.unmatched)
        log.warn({ variable: v }, 'environment variable matches no configuration key');
      const listeners = loaded.config.listeners.length;
      outputOf(ctx, cmd).result(
        { path: loaded.path, valid: true, listeners, unmatchedEnv: loaded.env.unmatched },
        () => `${loaded.path}: valid (${listeners} listener(s))`,
      );
    });
}
