import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { saslInspection } from '../../../gateway/filters/sasl-inspection.ts';
import { chainOf, receiveResponse, sendRequest } from '../../kit/chain.ts';
import { testConn } from '../../kit/context.ts';
import { requestFrame, responseFrame } from '../../kit/frames.ts';

describe('SASL inspection filter', () => {
  test('Given a PLAIN handshake and a SaslAuthenticate v2 (flexible) request, when the broker says yes, then the connection knows the principal and the frames went through unchanged', async () => {
    const conn = testConn();
    const chain = chainOf([saslInspection()], { conn });
    const hs = requestFrame(17, 1, { mechanism: 'PLAIN' });
    const hsOut = await sendRequest(chain, hs.payload);
    assert.ok(hsOut.kind === 'forward' && hsOut.payload === hs.payload);
    const auth = requestFrame(36, 2, { authBytes: Buffer.from('\0bob\0pw') });
    const out = await sendRequest(chain, auth.payload);
    assert.ok(out.kind === 'forward' && out.payload === auth.payload);
    const ok = responseFrame(36, 2, 7, {
      errorCode: 0,
      errorMessage: null,
      authBytes: Buffer.alloc(0),
      sessionLifetimeMs: 0n,
    });
    assert.equal(await receiveResponse(chain, out.exchange, ok), ok);
    assert.equal(conn.principal, 'bob');
  });

  test('Given SaslHandshake v0 (unframed SASL tokens follow), when it arrives, then the connection is closed', async () => {
    const chain = chainOf([saslInspection()]);
    const out = await sendRequest(chain, requestFrame(17, 0, { mechanism: 'PLAIN' }).payload);
    assert.equal(out.kind, 'close');
  });
});
