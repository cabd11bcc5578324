// `node --import` entry that installs sdk-resolve.ts's hook (see policy-tests.ts). In-thread
// (registerHooks), because the tests run under the permission model, which allows no workers.
import { registerHooks } from 'node:module';
import { resolve } from './sdk-resolve.ts';

registerHooks({ resolve });
