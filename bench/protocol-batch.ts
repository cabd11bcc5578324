// Decode + re-encode of a Produce v11 request carrying 1 MiB of records (1024 records of 1 KiB
// values, one v2 batch) for each codec, next to a plain Buffer copy of the same request frame
// measured in this run. Three paths: forward unchanged (decode the envelope and the batch
// headers, forward the original frame: what Sluice does when no policy changes the batch),
// decode (plus CRC check, decompression and every record: a policy that reads) and decode +
// re-encode (plus a new batch, compressed, and a new request frame: a policy that modifies).
// Every MB/s is the 1 MiB of record bytes divided by the time one request takes; the last
// column says how many times longer decode + re-encode takes than copying the request.

import type { ProduceRequest } from '../kafka/generated/produce.ts';
import { type DecodedRequest, decodeRequestFrame, encodeRequestFrame } from '../kafka/messages.ts';
import { COMPRESSION, COMPRESSION_NAMES } from '../kafka/records/compression.ts';
import { encodeRecordBatch, type KafkaRecord, RecordBatch } from '../kafka/records/record-batch.ts';
import { joinRecords, splitRecords } from '../kafka/records/records-field.ts';
import { Writer } from '../kafka/writer.ts';
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

const PRODUCE_VERSION = 11;

/** A whole Produce v11 request frame (size prefix included) carrying `batch` for one partition. */
function produceFrame(batch: Buffer): Buffer {
  const request: ProduceRequest = {
    transactionalId: null,
    acks: -1,
    timeoutMs: 30_000,
    topicData: [{ name: 'bench-topic', partitionData: [{ index: 0, records: batch }] }],
  };
  const header = {
    requestApiKey: 0,
    requestApiVersion: PRODUCE_VERSION,
    correlationId: 1,
    clientId: 'bench',
  };
  return Buffer.from(encodeRequestFrame(header, request));
}

function batchesOf(body: ProduceRequest): RecordBatch[] {
  const out: RecordBatch[] = [];
  for (const topic of body.topicData) {
    for (const p of topic.partitionData) {
      for (const piece of splitRecords(p.records)) if (piece instanceof RecordBatch) out.push(piece);
    }
  }
  return out;
}

/** Unchanged: decode the envelope, read the batch headers, forward the original frame. */
function forward(frame: Buffer): Buffer {
  const { body } = decodeRequestFrame(frame.subarray(4)) as DecodedRequest<ProduceRequest>;
  if (batchesOf(body).length === 0) throw new Error('no batch');
  return frame;
}

/** What a reading policy costs: envelope, CRC, decompression, every record. */
function decodeAll(frame: Buffer): number {
  const { body } = decodeRequestFrame(frame.subarray(4)) as DecodedRequest<ProduceRequest>;
  let n = 0;
  for (const batch of batchesOf(body)) n += batch.records().length;
  return n;
}

/** What a modifying policy costs: all of the above, then a new batch and a new request frame. */
function decodeAndReencode(frame: Buffer): Buffer {
  const { header, body } = decodeRequestFrame(frame.subarray(4)) as DecodedRequest<ProduceRequest>;
  for (const topic of body.topicData) {
    for (const p of topic.partitionData) {
      const pieces = splitRecords(p.records).map((piece) =>
        piece instanceof RecordBatch
          ? RecordBatch.decode(encodeRecordBatch(piece.fields(), piece.records()))
          : piece,
      );
      p.records = joinRecords(pieces);
    }
  }
  // Sized for the original frame, as the gateway would: the writer then never grows and re-copies.
  return encodeRequestFrame(header, body, new Writer(frame.length + 256));
}

export function run(): void {
  const records = makeRecords();
  const payload = records.reduce((n, r) => n + (r.value?.length ?? 0) + (r.key?.length ?? 0), 0);
  const rows = [];
  for (const name of COMPRESSION_NAMES) {
    const batch = encodeRecordBatch(
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
    const request = produceFrame(batch);
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
    `Produce v${PRODUCE_VERSION} request, one v2 batch of ${RECORD_COUNT} records x ${VALUE_BYTES} B (${(payload / 1048576).toFixed(2)} MiB of keys+values)`,
    rows,
  );
}

if (import.meta.main) run();
