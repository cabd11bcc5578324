import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { hmacSha256, hmacSha256With, sha256, toHex } from '../../sdk/sha256.ts';

describe('sdk sha256', () => {
  test('Given the FIPS 180-4 examples, When hashed, Then the published digests come out', () => {
    assert.equal(toHex(sha256('')), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    assert.equal(toHex(sha256('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    assert.equal(
      toHex(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')),
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    assert.equal(
      toHex(sha256('a'.repeat(1_000_000))),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  test('Given the RFC 4231 HMAC-SHA256 test cases 1, 2 and 6, When computed, Then the published MACs come out', () => {
    assert.equal(
      toHex(hmacSha256(new Uint8Array(20).fill(0x0b), 'Hi There')),
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    assert.equal(
      toHex(hmacSha256('Jefe', 'what do ya want for nothing?')),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    assert.equal(
      toHex(
        hmacSha256(new Uint8Array(131).fill(0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
      ),
      '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    );
  });

  test('Given one key for many messages, When hmacSha256With is reused, Then each MAC equals a fresh one and none disturbs the next', () => {
    const mac = hmacSha256With('a-reused-key');
    for (const m of ['', 'x', 'y'.repeat(55), 'z'.repeat(64), 'w'.repeat(200), 'x'])
      assert.equal(
        toHex(mac(m)),
        createHmac('sha256', 'a-reused-key').update(m).digest('hex'),
        `length ${m.length}`,
      );
  });

  test('Given inputs of every length around the block and padding edges, When hashed, Then they agree with node:crypto', () => {
    for (let n = 0; n <= 200; n++) {
      const data = Buffer.alloc(n, n % 251);
      const text = 'é€𝄞'.repeat(n % 7) + 'x'.repeat(n);
      assert.equal(toHex(sha256(data)), createHash('sha256').update(data).digest('hex'), `length ${n}`);
      assert.equal(toHex(sha256(text)), createHash('sha256').update(text, 'utf8').digest('hex'), `text ${n}`);
      assert.equal(
        toHex(hmacSha256(`salt-${n}`, text)),
        createHmac('sha256', `salt-${n}`).update(text).digest('hex'),
        `hmac ${n}`,
      );
    }
  });
});
