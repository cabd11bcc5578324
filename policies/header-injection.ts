// Adds headers to produced records from templates over who sent them and where they came in
// (`x-sluice-principal: {{principal}}`, `x-origin: {{gatewayHost}}/{{listener}}`), and can
// remove the headers a producer set whose names match patterns, so consumers can trust what
// the gateway stamped. Values are never parsed: the policy asks for bytes and passes them on.

import {
  accept,
  ConfigError,
  definePolicy,
  field,
  modify,
  nameMatcher,
  type PolicyContext,
  type ProduceBatch,
} from '../sdk/index.ts';

/** What a template may name, and how each is read from the batch and context. */
const VARIABLES = {
  principal: (_b, c) => c.principal,
  clientId: (_b, c) => c.clientId ?? '',
  topic: (b) => b.topic,
  partition: (b) => String(b.partition),
  listener: (_b, c) => c.listener,
  serverName: (_b, c) => c.serverName ?? '',
  gatewayHost: (_b, c) => c.gatewayHost,
  time: (_b, _c, now) => new Date(now).toISOString(),
  timeMs: (_b, _c, now) => String(now),
} satisfies Record<string, (b: ProduceBatch, c: PolicyContext<unknown>, now: number) => string>;
type Variable = keyof typeof VARIABLES;

type Part = string | Variable;
interface Injected {
  name: string;
  parts: Part[];
}

/** `a {{principal}} b` → ['a ', 'principal', ' b']; variables are told apart by index parity. */
function parseTemplate(name: string, template: unknown, problems: string[]): Part[] {
  if (typeof template !== 'string') {
    problems.push(`headers["${name}"] must be a string template`);
    return [];
  }
  const parts: Part[] = [];
  const re = /\{\{\s*([^}]*?)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    parts.push(template.slice(last, m.index));
    if (!Object.hasOwn(VARIABLES, m[1]))
      problems.push(
        `headers["${name}"]: unknown variable {{${m[1]}}} (known: ${Object.keys(VARIABLES).join(', ')})`,
      );
    parts.push(m[1] as Variable);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

interface Compiled {
  injected: Injected[];
  removes: (name: string) => boolean;
}

// Per load, keyed by the config object the hooks see as ctx.config.
const compiled = new WeakMap<object, Compiled>();

export default definePolicy({
  name: 'header-injection',
  description:
    'Adds headers from templates (principal, client id, topic, listener, SNI name, gateway host, time) on produce.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    headers: field.json<Record<string, string>>({
      default: {},
      description: 'Header name → template, e.g. { "x-sluice-principal": "{{principal}}" }.',
    }),
    remove: field.stringList({
      default: [],
      description: 'Header names (globs or /regex/) removed from every record before injecting.',
    }),
    onExisting: field.string({
      default: 'replace',
      enum: ['replace', 'keep', 'append'],
      description:
        'A record that already has an injected header: replace it, keep the producer’s, or add another.',
    }),
  },
  init(config) {
    const problems: string[] = [];
    const headers = config.headers;
    const injected: Injected[] = [];
    if (typeof headers !== 'object' || headers === null || Array.isArray(headers))
      problems.push('headers must be a map of header name → template');
    else
      for (const [name, template] of Object.entries(headers)) {
        if (name === '') problems.push('headers: a header name must not be empty');
        injected.push({ name, parts: parseTemplate(name, template, problems) });
      }
    let removes: (name: string) => boolean = () => false;
    try {
      removes = nameMatcher(config.remove);
    } catch (e) {
      problems.push(`remove: ${(e as Error).message}`);
    }
    if (injected.length === 0 && config.remove.length === 0)
      problems.push('headers and remove are both empty: the policy would do nothing');
    if (problems.length > 0) throw new ConfigError(problems);
    compiled.set(config, { injected, removes });
  },
  onProduce(batch, ctx) {
    const c = compiled.get(ctx.config);
    if (c === undefined) throw new Error('header-injection: init did not run for this config');
    if (batch.records.length === 0) return accept();
    // One time for the whole batch: every record of it came in with the same request.
    const now = Date.now();
    const add = c.injected.map((h) => ({
      name: h.name,
      value: h.parts.map((p, i) => (i % 2 === 0 ? p : VARIABLES[p as Variable](batch, ctx, now))).join(''),
    }));
    const replace = ctx.config.onExisting === 'replace';
    const keepTheirs = ctx.config.onExisting === 'keep';
    let removed = 0;
    const records = batch.records.map((r) => {
      const headers: { key: string; value: Uint8Array | string | null }[] = [];
      for (const h of r.headers) {
        if (c.removes(h.key)) removed++;
        else if (!(replace && add.some((a) => a.name === h.key))) headers.push(h);
      }
      for (const a of add) {
        if (keepTheirs && headers.some((h) => h.key === a.name)) continue;
        headers.push({ key: a.name, value: a.value });
      }
      return r.with({ headers });
    });
    if (removed > 0) ctx.metrics.count('headers_removed', removed);
    // Only removal configured and nothing to remove: the batch goes upstream as it came.
    if (add.length === 0 && removed === 0) return accept();
    return modify({ records });
  },
});
