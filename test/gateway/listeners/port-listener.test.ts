// Port routing opens a broker's port when the node is learnt. That port may be taken at that
// moment (another process, an outgoing connection's ephemeral port): the listener must keep
// trying, not leave the broker unreachable for the life of the process.
import assert from 'node:assert/strict';
import { connect, createServer, type Server } from 'node:net';
import { afterEach, test } from 'node:test';
import { freePortBlock, type RunningGateway, startGateway } from '../support/gateway-harness.ts';

let gw: RunningGateway | undefined;
let squatter: Server | undefined;
afterEach(async () => {
  squatter?.close();
  squatter = undefined;
  await gw?.stop();
  gw = undefined;
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port }, () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

test('Given a broker port held by another socket when the node is learnt, when the holder lets go, then Sluice binds the port and accepts clients on it', async () => {
  const base = await freePortBlock(4);
  gw = await startGateway({
    // Nothing listens upstream: the start-up metadata read fails and routes are learnt later.
    upstream: { bootstrapServers: [`127.0.0.1:${base + 3}`], requestTimeoutMs: 300 },
    listeners: [{ name: 'plain', routing: 'port', port: base }],
  });
  const brokerPort = base + 1 + 1;
  squatter = createServer();
  await new Promise<void>((r) =>
    squatter!.listen({ port: brokerPort, host: '127.0.0.1', exclusive: true }, r),
  );

  gw.gateway.cache.observe([{ nodeId: 1, host: '127.0.0.1', port: base + 3 }]);
  const deadline = Date.now() + 5000;
  while (gw.logged(/cannot bind broker port/).length === 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  assert.equal(gw.logged(/cannot bind broker port/)[0]?.nodeId, 1, 'the failed bind is logged with its node');

  await new Promise<void>((r) => squatter!.close(() => r()));
  squatter = undefined;
  while (!gw.logged(/broker port ready/).some((l) => l.nodeId === 1) && Date.now() < deadline + 5000)
    await new Promise((r) => setTimeout(r, 50));
  assert.ok(
    gw.logged(/broker port ready/).some((l) => l.nodeId === 1),
    'the port is bound once it is free',
  );
  assert.equal(await canConnect(brokerPort), true);
});
