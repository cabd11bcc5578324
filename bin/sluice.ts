#!/usr/bin/env -S node --no-node-snapshot
// The Sluice command line; cli/program.ts builds it (docs/cli.md). `sluice start --config
// sluice.yaml` runs the gateway until SIGTERM/SIGINT; `sluice policy …` talks to the admin API.
// The exit code is set, not forced, so a stopping gateway and open streams finish first.
import { run } from '../cli/program.ts';

process.exitCode = await run(process.argv.slice(2));
