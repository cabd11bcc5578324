// Decode + re-encode of a 1 MiB produce payload (1024 records of 1 KiB values, one v2 batch)
// for each codec, next to a plain Buffer copy of the same request bytes measured in this run.
// Three paths: forward unchanged (split the records field, join it back: what Sluice does when
// no policy changes the batch), decode (CRC check, decompress, parse every record) and decode
// + re-encode (what a modifying policy costs: parse, then write and compress a new batch).
// Every MB/s is the 1 MiB of record bytes divided by the time one request takes; the last
// column says how many times longer decode + re-encode takes than copying the request.
import { COMPRESSION, COMPRESSION_NAMES } from '../gateway/protocol/records/compression.ts';
import {
  encodeRecordBatch,
  type KafkaRecord,
  RecordBatch,
} from '../gateway/protocol/records/record-batch.ts';
import { joinRecords, splitRecords } from '../gateway/protocol/records/records-field.ts';
import { measure, printTable } from './measure.ts';

const RECORD_COUNT = 1024;
const VALUE_BYTES = 1024;

/** JSON-like 1 KiB values: compressible like real event payloads, different in every record. */
function makeRecords(): KafkaRecord[] {
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed;
  };
  const records: KafkaRecord[] = [];
  for (let i = 0; i < RECORD_COUNT; i++) {
    let text = `{"id":${i},"user":"u${next() % 100000}","event":"page_view","ts":${1_700_000_000_000 + i}`;
    while (text.length < VALUE_BYTES - 40) text += `,"f${text.length}":"${next().toString(36)}"`;
    text = text.padEnd(VALUE_BYTES - 1, ' ') + '}';
    records.push({
      attributes: 0,
      timestampDelta: BigInt(i),
      offsetDelta: i,
      key: Buffer.from(`order-${i % 97}`),
      value: Buffer.from(text),
      headers: [{ key: 'content-type', value: Buffer.from('application/json') }],
    });
  }
  return records;
}

/** Forward unchanged: split into batches (headers only) and join back. */
function forward(request: Buffer): Buffer {
  return joinRecords(splitRecords(request));
}

function decodeAll(request: Buffer): number {
  let n = 0;
  for (const piece of splitRecords(request)) if (piece instanceof RecordBatch) n += piece.records().length;
  return n;
}

function decodeAndReencode(request: Buffer): Buffer {
  const pieces = splitRecords(request).map((piece) =>
    piece instanceof RecordBatch
      ? RecordBatch.decode(encodeRecordBatch(piece.fields(), piece.records()))
      : piece,
  );
  return joinRecords(pieces);
}

export function run(): void {
  const records = makeRecords();
  const payload = records.reduce((n, r) => n + (r.value?.length ?? 0) + (r.key?.length ?? 0), 0);
  const rows = [];
  for (const name of COMPRESSION_NAMES) {
    const request = encodeRecordBatch(
      {
        baseOffset: 0n,
        partitionLeaderEpoch: -1,
        attributes: COMPRESSION[name],
        lastOffsetDelta: RECORD_COUNT - 1,
        baseTimestamp: 1_700_000_000_000n,
        maxTimestamp: 1_700_000_000_000n + BigInt(RECORD_COUNT - 1),
        producerId: 1000n,
        producerEpoch: 0,
        baseSequence: 0,
      },
      records,
    );
    if (decodeAll(decodeAndReencode(request)) !== RECORD_COUNT)
      throw new Error(`${name}: round trip lost records`);
    const copy = measure(() => Buffer.from(request), payload);
    const fwd = measure(() => forward(request), payload);
    const decode = measure(() => decodeAll(request), payload);
    const reencode = measure(() => decodeAndReencode(request), payload);
    rows.push({
      codec: name,
      'request bytes': request.length,
      'copy MB/s': copy,
      'forward MB/s': fwd,
      'decode MB/s': decode,
      'decode+re-encode MB/s': reencode,
      'copy / re-encode': copy / reencode,
    });
  }
  printTable(
    `Record batch v2, ${RECORD_COUNT} records x ${VALUE_BYTES} B (${(payload / 1048576).toFixed(2)} MiB of keys+values)`,
    rows,
  );
}

if (import.meta.main) run();
