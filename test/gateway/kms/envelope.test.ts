import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { EnvelopeError, open, parseEnvelope, seal, valueTypeOf } from '../../../gateway/kms/envelope.ts';

const dataKey = randomBytes(32);
const wrapped = randomBytes(48);
const KEY = 'alias/customer-42';

const roundTrip = (ciphertext: string) => open(parseEnvelope(ciphertext), dataKey);

/** The same string with one part replaced. */
function withPart(ciphertext: string, index: number, replace: (part: string) => string): string {
  const parts = ciphertext.split('.');
  parts[index] = replace(parts[index]);
  return parts.join('.');
}

/** Flips the lowest bit of the first byte of a base64url part. */
const flip = (part: string) => {
  const b = Buffer.from(part, 'base64url');
  b[0] ^= 1;
  return b.toString('base64url');
};

describe('encrypted value format (SLE2)', () => {
  test('Given a plaintext, when it is sealed, then the string names format, type and key, and opens to the same text', () => {
    const text = JSON.stringify('4111 1111 1111 1111 — ü');
    const c = seal(text, KEY, dataKey, wrapped);
    const parts = c.split('.');
    assert.equal(parts.length, 6);
    assert.deepEqual(parts.slice(0, 3), ['SLE2', 's', KEY]);
    assert.equal(Buffer.from(parts[3], 'base64url').toString('hex'), wrapped.toString('hex'));
    assert.equal(Buffer.from(parts[4], 'base64url').length, 12, '96-bit IV');
    assert.ok(!c.includes('4111'));
    assert.equal(roundTrip(c), text);
  });

  test('Given the same plaintext twice, when sealed, then the IVs and ciphertexts differ', () => {
    const a = seal('"x"', KEY, dataKey, wrapped);
    const b = seal('"x"', KEY, dataKey, wrapped);
    assert.notEqual(a.split('.')[4], b.split('.')[4]);
    assert.notEqual(a, b);
  });

  test('Given JSON texts, then the type letter is their JSON type', () => {
    assert.deepEqual(
      ['"a"', '12.5', '-3', 'true', 'false', 'null', '{"a":1}', '[1]', 'plain text', 'nope', ''].map(
        valueTypeOf,
      ),
      ['s', 'n', 'n', 'b', 'b', 'z', 'o', 'a', 't', 't', 't'],
    );
  });

  for (const [what, index, change] of [
    ['the type', 1, () => 'n'],
    ['the key reference', 2, () => 'alias/customer-43'],
    ['the wrapped data key', 3, flip],
    ['the IV', 4, flip],
    ['the ciphertext', 5, flip],
    [
      'the tag (last byte)',
      5,
      (p: string) => {
        const b = Buffer.from(p, 'base64url');
        b[b.length - 1] ^= 0x80;
        return b.toString('base64url');
      },
    ],
  ] as const) {
    test(`Given a sealed value, when ${what} is changed, then opening it is refused`, () => {
      const c = seal('{"card":"4111"}', KEY, dataKey, wrapped);
      const tampered = withPart(c, index, change);
      assert.notEqual(tampered, c);
      assert.throws(() => roundTrip(tampered), EnvelopeError);
    });
  }

  test('Given another data key, when opening, then it is refused', () => {
    const c = seal('"x"', KEY, dataKey, wrapped);
    assert.throws(() => open(parseEnvelope(c), randomBytes(32)), /failed authentication/);
  });

  test('Given strings that are not envelopes, then parsing says what is wrong', () => {
    assert.throws(() => parseEnvelope('4111 1111'), /SLE2 or SLE1 prefix/);
    assert.throws(() => parseEnvelope('SLE1.s.k.AA.AA'), /6 parts/);
    assert.throws(() => parseEnvelope('SLE1.q.k.AA.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA'), /unknown type/);
    const c = seal('"x"', KEY, dataKey, wrapped);
    assert.throws(() => parseEnvelope(withPart(c, 4, () => 'AAAA')), /IV/);
    assert.throws(() => parseEnvelope(withPart(c, 5, () => 'AAAA')), /tag/);
    assert.throws(() => parseEnvelope(withPart(c, 2, () => 'key with space')), /key reference/);
    parseEnvelope(c); // its wrapped key is now kept decoded: a changed one is checked afresh
    assert.throws(() => parseEnvelope(withPart(c, 3, () => 'not*base64url')), /base64url/);
  });

  test('Given values sealed for more topics than the gateway keeps prepared, when each is opened twice, then it opens for its own topic only', () => {
    const topics = Array.from({ length: 2500 }, (_, i) => `t-${i}`);
    const sealed = topics.map((t) => seal(`"${t}"`, KEY, dataKey, wrapped, t));
    for (let pass = 0; pass < 2; pass++) {
      sealed.forEach((c, i) => {
        assert.equal(open(parseEnvelope(c), dataKey, topics[i]), `"${topics[i]}"`);
        assert.throws(() => open(parseEnvelope(c), dataKey, topics[(i + 1) % topics.length]), EnvelopeError);
      });
    }
  });

  test('Given a value sealed for topic orders, when opened for orders, another topic or none, then only orders opens it', () => {
    const c = seal('"4111"', KEY, dataKey, wrapped, 'orders');
    assert.equal(open(parseEnvelope(c), dataKey, 'orders'), '"4111"');
    assert.throws(() => open(parseEnvelope(c), dataKey, 'orders-copy'), /sealed for another topic/);
    assert.throws(() => open(parseEnvelope(c), dataKey), EnvelopeError);
  });

  test('Given an SLE1 value (sealed before topics were bound), when opened with any context, then it opens as before', async () => {
    const { createCipheriv } = await import('node:crypto');
    // The SLE1 format, written out by hand: its additional data is the head alone.
    const head = `SLE1.s.${KEY}.${wrapped.toString('base64url')}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv, { authTagLength: 16 });
    cipher.setAAD(Buffer.from(head, 'latin1'));
    const sealed = Buffer.concat([cipher.update('"old"', 'utf8'), cipher.final(), cipher.getAuthTag()]);
    const v1 = `${head}.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
    assert.equal(parseEnvelope(v1).head.version, 'SLE1');
    assert.equal(open(parseEnvelope(v1), dataKey, 'orders'), '"old"');
  });
});
