import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { FrameBatch, WRITE_BUDGET_BYTES } from '../../../gateway/connection/frame-output.ts';

function frame(payload: Buffer): Buffer {
  const p = Buffer.alloc(4);
  p.writeInt32BE(payload.length);
  return Buffer.concat([p, payload]);
}

/** A real loopback connection: `writer` is ours, `reader` is the far end (paused). */
async function socketPair(server: Server): Promise<{ writer: Socket; reader: Socket }> {
  const accepted = once(server, 'connection');
  const writer = connect((server.address() as { port: number }).port, '127.0.0.1');
  await once(writer, 'connect');
  const [reader] = (await accepted) as [Socket];
  reader.pause();
  return { writer, reader };
}

async function readExactly(reader: Socket, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let have = 0;
  reader.resume();
  for await (const chunk of reader) {
    parts.push(chunk as Buffer);
    have += (chunk as Buffer).length;
    if (have >= bytes) break;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

describe('FrameBatch (writes frames to a socket)', () => {
  let server: Server;
  before(async () => {
    server = createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });
  after(() => server.close());

  test('Given streamed slices of one read, whole payloads and payloads without a prefix, When flushed, Then the far end receives the frames byte for byte in order', async () => {
    const { writer, reader } = await socketPair(server);
    const read = Buffer.concat([frame(Buffer.alloc(300, 1)), frame(Buffer.alloc(50, 2))]);
    const loose = Buffer.from('not prefixed');
    const batch = new FrameBatch();
    // The first frame arrives as contiguous slices of one read, the second as its payload.
    batch.addRaw(read.subarray(0, 10));
    batch.addRaw(read.subarray(10, 200));
    batch.addRaw(read.subarray(200, 304));
    batch.add(read.subarray(308));
    batch.add(loose);
    batch.addRaw(read.subarray(0, 4));
    assert.equal(batch.empty, false);
    assert.equal(batch.flushTo(writer), true);
    assert.equal(batch.empty, true);
    const expected = Buffer.concat([read, frame(loose), read.subarray(0, 4)]);
    assert.deepEqual(await readExactly(reader, expected.length), expected);
    writer.destroy();
    reader.destroy();
  });

  test('Given a reader that does not read, When more than the write budget is flushed, Then flushTo reports false and the socket drains once the reader reads', async () => {
    const { writer, reader } = await socketPair(server);
    const chunk = frame(Buffer.alloc(64 * 1024, 3));
    const batch = new FrameBatch();
    // Well over the 16 KiB high-water mark but under the budget: no reason to pause.
    batch.addRaw(chunk);
    assert.equal(batch.flushTo(writer), true);
    let ok = true;
    let sent = chunk.length;
    while (ok && sent < 64 * WRITE_BUDGET_BYTES) {
      batch.addRaw(frame(Buffer.alloc(64 * 1024, 3)));
      sent += chunk.length;
      ok = batch.flushTo(writer);
    }
    assert.equal(ok, false, 'flushTo reports a full socket');
    assert.ok(writer.writableLength > WRITE_BUDGET_BYTES, `holds ${writer.writableLength} bytes`);
    assert.ok(writer.writableLength < WRITE_BUDGET_BYTES + 2 * chunk.length);
    const drained = once(writer, 'drain');
    const got = await readExactly(reader, sent);
    await drained;
    assert.equal(got.length, sent);
    writer.destroy();
    reader.destroy();
  });
});
