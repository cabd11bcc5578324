import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InFlightQueue } from '../../../gateway/connection/in-flight.ts';
import { peekRequest } from '../../../gateway/connection/request-peek.ts';
import {
  plainUsername,
  SaslPrincipalTracker,
  scramUsername,
} from '../../../gateway/connection/sasl-principal.ts';
import { headers } from '../../../gateway/protocol-binding.ts';
import type { ProtocolError } from '../../../kafka/errors.ts';
import { encodeProduceRequest } from '../../../kafka/generated/produce.ts';
import { encodeRequestHeader } from '../../../kafka/generated/request-header.ts';
import { encodeSaslAuthenticateRequest } from '../../../kafka/generated/sasl-authenticate.ts';
import { Writer } from '../../../kafka/writer.ts';

function request(apiKey: number, version: number, encodeBody: (w: Writer) => void): Buffer {
  const w = new Writer(128);
  encodeRequestHeader(w, headers.request(apiKey, version), {
    requestApiKey: apiKey,
    requestApiVersion: version,
    correlationId: 77,
    clientId: 'client-a',
  });
  encodeBody(w);
  return w.toBuffer();
}

describe('request peek', () => {
  for (const version of [3, 8, 9, 11]) {
    test(`Given a Produce v${version} with acks=0, when peeked, then no response is expected; with acks=-1 one is`, () => {
      for (const [acks, expects] of [
        [0, false],
        [-1, true],
        [1, true],
      ] as const) {
        const frame = request(0, version, (w) =>
          encodeProduceRequest(w, version, { transactionalId: 'tx-1', acks, timeoutMs: 1000, topicData: [] }),
        );
        const peeked = peekRequest(frame, headers);
        assert.equal(peeked.expectsResponse, expects, `acks=${acks}`);
        assert.equal(peeked.correlationId, 77);
        assert.equal(peeked.clientId, 'client-a');
      }
    });
  }

  test('Given a SaslAuthenticate v2 (flexible) request, when peeked, then the auth bytes are found', () => {
    const frame = request(36, 2, (w) =>
      encodeSaslAuthenticateRequest(w, 2, { authBytes: Buffer.from('\0bob\0pw') }),
    );
    assert.equal(plainUsername(peekRequest(frame, headers).saslAuthBytes!), 'bob');
  });

  test('Given a truncated frame, when peeked, then a typed protocol error is thrown', () => {
    assert.throws(
      () => peekRequest(Buffer.from([0, 3, 0]), headers),
      (err: ProtocolError) => err.code === 'SLUICE_PROTOCOL_TRUNCATED',
    );
  });

  test('Given an api key unknown to this build, when peeked, then the header is read and the body left alone', () => {
    const frame = request(3, 12, () => undefined);
    frame.writeInt16BE(999, 0);
    const peeked = peekRequest(frame, headers);
    assert.equal(peeked.apiKey, 999);
    assert.equal(peeked.expectsResponse, true);
  });
});

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

describe('in-flight queue', () => {
  test('Given many requests, when responses arrive, then they pop in request order', () => {
    const q = new InFlightQueue();
    for (let i = 0; i < 5000; i++) q.push({ apiKey: 0, apiVersion: 9, correlationId: i, clientId: null });
    for (let i = 0; i < 5000; i++) assert.equal(q.shift()?.correlationId, i);
    assert.equal(q.shift(), undefined);
    assert.equal(q.size, 0);
  });
});
