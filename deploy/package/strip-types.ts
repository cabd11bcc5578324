// A module hook that lets Node run Sluice's TypeScript from an installed package. Node strips
// types only outside node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), and the
// gateway runs its sources as they are (it forks engine/sandbox/worker.ts, compiles policies
// against sdk/*.ts). This hook does for files under node_modules what Node does for the same
// files in a checkout: the same stripTypeScriptTypes, mode "strip" (types become spaces, so
// line and column numbers stay those of the source). Built to dist/bin/strip-types.js by
// deploy/build-sdk.ts; loaded by dist/bin/sluice.js and, through NODE_OPTIONS, by the processes
// the gateway forks.
import { readFileSync } from 'node:fs';
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

// stripTypeScriptTypes warns once per process that it is experimental; Node's own stripping,
// which it stands in for, does not.
const emitWarning = process.emitWarning;
process.emitWarning = () => {};
stripTypeScriptTypes('');
process.emitWarning = emitWarning;

registerHooks({
  load(url, context, nextLoad) {
    if (url.startsWith('file:') && url.endsWith('.ts') && url.includes('/node_modules/')) {
      const source = readFileSync(fileURLToPath(url), 'utf8');
      return {
        format: 'module',
        source: stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }),
        shortCircuit: true,
      };
    }
    return nextLoad(url, context);
  },
});
