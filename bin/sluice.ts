#!/usr/bin/env -S node --no-node-snapshot
// The Sluice command line. `sluice start --config sluice.yaml` runs the gateway until
// SIGTERM/SIGINT, then stops accepting, lets clients finish for a moment and exits.
import { parseArgs } from 'node:util';
import { loadConfig } from '../gateway/config/load.ts';
import { createLogger } from '../gateway/logger.ts';
import { Gateway } from '../gateway/server/gateway.ts';
import { SluiceError } from '../kafka/errors.ts';

const USAGE = `Usage:
  sluice start --config <file>    start the gateway (SLUICE_* variables override keys of the file)
  sluice check --config <file>    validate the configuration and exit
  sluice help`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      config: { type: 'string', short: 'c', default: process.env.SLUICE_CONFIG },
      'shutdown-grace-ms': { type: 'string', default: '5000' },
    },
  });
  const command = positionals[0] ?? 'help';
  if (command === 'help' || (command !== 'start' && command !== 'check')) {
    console.log(USAGE);
    return command === 'help' ? 0 : 2;
  }
  if (!values.config) {
    console.error(`sluice ${command}: --config <file> is required\n\n${USAGE}`);
    return 2;
  }
  const loaded = loadConfig(values.config);
  const log = createLogger(loaded.config.logging.level);
  for (const v of loaded.env.unmatched)
    log.warn({ variable: v }, 'environment variable matches no configuration key');
  if (command === 'check') {
    console.log(`${loaded.path}: valid (${loaded.config.listeners.length} listener(s))`);
    return 0;
  }
  const gateway = new Gateway(loaded.config, log);
  await gateway.start();
  log.info({ config: loaded.path, pid: process.pid }, 'sluice started');
  const grace = Number(values['shutdown-grace-ms']);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping: no new connections, closing open ones');
      gateway.stop(grace).then(resolve, resolve);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  log.info('sluice stopped');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof SluiceError) {
      console.error(`sluice: ${err.code}: ${err.message}`);
    } else {
      console.error('sluice: unexpected failure', err);
    }
    process.exitCode = 1;
  },
);
