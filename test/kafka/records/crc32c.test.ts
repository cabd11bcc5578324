import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crc32c } from '../../../kafka/records/crc32c.ts';

describe('crc32c', () => {
  test('Given the standard check input "123456789", When hashed, Then it is 0xE3069283', () => {
    assert.equal(crc32c(Buffer.from('123456789')), 0xe3069283);
  });

  test('Given the RFC 3720 (iSCSI) vectors, When hashed, Then each matches', () => {
    // RFC 3720 appendix B.4: 32 bytes of zeros, of ones, ascending and descending.
    assert.equal(crc32c(Buffer.alloc(32, 0)), 0x8a9136aa);
    assert.equal(crc32c(Buffer.alloc(32, 0xff)), 0x62a8ab43);
    assert.equal(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => i))), 0x46dd794e);
    assert.equal(crc32c(Buffer.from(Array.from({ length: 32 }, (_, i) => 31 - i))), 0x113fdb5c);
  });

  test('Given empty input, When hashed, Then it is 0', () => {
    assert.equal(crc32c(Buffer.alloc(0)), 0);
  });

  test('Given input split in two, When the second half continues the first, Then it equals the whole', () => {
    const whole = Buffer.from('the quick brown fox jumps over the lazy dog, twice over');
    assert.equal(crc32c(whole.subarray(17), crc32c(whole.subarray(0, 17))), crc32c(whole));
  });

  test('Given a subarray view, When hashed, Then only the view is covered', () => {
    const framed = Buffer.concat([Buffer.from('xx'), Buffer.from('123456789'), Buffer.from('yy')]);
    assert.equal(crc32c(framed.subarray(2, 11)), 0xe3069283);
  });
});
