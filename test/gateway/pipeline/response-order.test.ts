import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Exchange } from '../../../gateway/pipeline/chain.ts';
import type { StreamedRewrite } from '../../../gateway/pipeline/filter.ts';
import { ResponseOrder } from '../../../gateway/pipeline/response-order.ts';
import { head } from '../../kit/context.ts';

function exchange(correlationId: number, rewrite?: StreamedRewrite): Exchange {
  return {
    head: head(1, 17, correlationId),
    clientExpects: true,
    upstreamAnswers: true,
    decodeResponse: false,
    continuations: [],
    rewriteStreamed: rewrite ? () => rewrite : undefined,
  };
}

describe('response order with a streamed rewrite', () => {
  test('Given a rewritten response whose end comes late, when the next response arrives whole meanwhile, then it waits, and both go out in order once the end is written', () => {
    const out: string[] = [];
    const order = new ResponseOrder({
      write: (p) => void out.push(`whole:${p.toString()}`),
      writeRaw: (r) => void out.push(`raw:${r.length}`),
      flush: () => {},
      failed: (e) => assert.fail(String(e)),
    });
    const rewrite: StreamedRewrite = { extraBytes: 3, pass: (b) => b.length, end: () => Buffer.alloc(0) };
    order.sent(exchange(1, rewrite));
    order.sent(exchange(2));
    const first = order.begin(1, 10);
    assert.equal(first.decision, rewrite);
    order.bytes(Buffer.alloc(4)); // the size prefix
    order.bytes(Buffer.alloc(8)); // the bytes that passed
    // Its end is still being rewritten when the next response begins.
    const second = order.begin(2, 5);
    assert.equal(second.decision, 'whole', 'behind an answer still streaming');
    order.whole(Buffer.from('two'));
    assert.deepEqual(out, ['raw:4', 'raw:8']);
    order.bytes(Buffer.alloc(5)); // 2 held bytes + 3 reserved
    assert.deepEqual(out, ['raw:4', 'raw:8', 'raw:5', 'whole:two']);
  });
});
