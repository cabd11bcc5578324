// The `sluice` command of an installed package (dist/bin/sluice.js once built):
//
//   node --no-node-snapshot node_modules/sluice/dist/bin/sluice.js start --config sluice.yaml
//
// It installs the type-stripping hook (strip-types.ts), hands it on to every process the
// gateway forks (sandbox workers) through NODE_OPTIONS, then runs bin/sluice.ts as a checkout
// does. From a checkout, bin/sluice.ts runs directly.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import './strip-types.ts';

const hook = join(import.meta.dirname, 'strip-types.js');
process.env.NODE_OPTIONS =
  `${process.env.NODE_OPTIONS ?? ''} --import=${JSON.stringify(pathToFileURL(hook).href)}`.trim();
await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'bin', 'sluice.ts')).href);
