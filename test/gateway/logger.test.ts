// Both loggers of the process censor the same secrets: a listener's SASL password, a TLS key
// passphrase, a policy deployment's token and an admin request's Authorization header.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createEngineLogger } from '../../engine/index.ts';
import { createLogger } from '../../gateway/logger.ts';

function capture(): { stream: Writable; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, lines: () => chunks.join('') };
}

const SECRETS = {
  listener: { sasl: { password: 'sasl-secret-1' }, tls: { keyPassphrase: 'tls-secret-2' } },
  config: { token: 'policy-secret-3', apiKey: 'policy-secret-4', salt: 'policy-secret-6' },
  req: { headers: { authorization: 'Basic c2VjcmV0LTU=' } },
};

for (const [name, make] of [
  ['gateway', (s: Writable) => createLogger('info', s)],
  ['engine', (s: Writable) => createEngineLogger({ destination: s })],
] as const) {
  test(`the ${name} logger writes none of the secrets it is handed`, () => {
    const out = capture();
    make(out.stream).info(SECRETS, 'config loaded');
    const text = out.lines();
    assert.match(text, /config loaded/);
    assert.match(text, /\[redacted\]/);
    for (const secret of [
      'sasl-secret-1',
      'tls-secret-2',
      'policy-secret-3',
      'policy-secret-4',
      'c2VjcmV0LTU=',
      'policy-secret-6',
    ]) {
      assert.ok(!text.includes(secret), `${secret} reached the log: ${text}`);
    }
  });
}
