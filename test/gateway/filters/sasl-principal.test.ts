import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  plainUsername,
  SaslPrincipalTracker,
  scramUsername,
} from '../../../gateway/filters/sasl-principal.ts';

describe('SASL principal', () => {
  test('Given PLAIN and SCRAM first messages, when parsed, then only the user name comes out', () => {
    assert.equal(plainUsername(Buffer.from('authz\0alice\0secret')), 'alice');
    assert.equal(plainUsername(Buffer.from('no-nul')), undefined);
    assert.equal(scramUsername(Buffer.from('n,,n=us=2Cer=3D1,r=abc')), 'us,er=1');
    assert.equal(scramUsername(Buffer.from('n,a=admin,n=bob,r=x')), 'bob');
  });

  test('Given a SCRAM exchange, when the broker accepts the second round, then the principal is known; a refusal clears it', () => {
    const t = new SaslPrincipalTracker();
    t.onHandshake('SCRAM-SHA-512');
    t.onAuthenticateRequest(Buffer.from('n,,n=alice,r=nonce'));
    assert.equal(t.onAuthenticateResponse(0), undefined, 'server-first is not yet success');
    t.onAuthenticateRequest(Buffer.from('c=biws,r=nonce,p=proof'));
    assert.equal(t.onAuthenticateResponse(0), 'alice');
    const bad = new SaslPrincipalTracker();
    bad.onHandshake('PLAIN');
    bad.onAuthenticateRequest(Buffer.from('\0mallory\0wrong'));
    assert.equal(bad.onAuthenticateResponse(58), undefined);
    assert.equal(bad.principal, undefined);
  });
});
