// `node --import` entry that installs sdk-resolve.ts's hooks (see policy-tests.ts).
import { register } from 'node:module';

register(new URL('./sdk-resolve.ts', import.meta.url));
