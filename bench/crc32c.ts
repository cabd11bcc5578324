// CRC-32C: the native @node-rs/crc32 that Sluice uses against a slicing-by-8 JavaScript table
// implementation (bench/crc32c-slicing.ts), at sizes from a tiny batch to a 1 MiB request.
import { crc32c } from '../kafka/records/crc32c.ts';
import { crc32cSlicing } from './crc32c-slicing.ts';
import { measure, printTable } from './measure.ts';

export function run(): void {
  const data = Buffer.alloc(1 << 20);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >>> 8)) & 0xff;
  if (crc32c(data) !== crc32cSlicing(data) || crc32cSlicing(Buffer.from('123456789')) !== 0xe3069283) {
    throw new Error('the two CRC-32C implementations disagree');
  }
  const rows = [];
  for (const size of [64, 1024, 16 * 1024, 1 << 20]) {
    const input = data.subarray(0, size);
    const native = measure(() => crc32c(input), size);
    const js = measure(() => crc32cSlicing(input), size);
    rows.push({
      case: `${size} B`,
      'native MB/s': native,
      'js slicing-by-8 MB/s': js,
      'native / js': native / js,
    });
  }
  printTable('CRC-32C', rows);
}

if (import.meta.main) run();
