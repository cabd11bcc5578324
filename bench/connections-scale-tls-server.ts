// The baseline of bench/connections-scale.ts: a bare Node `tls.createServer` with the
// certificate, key and TLS options Sluice's listeners use (gateway/tls/server-context.ts), and
// nothing else: what Node's TLS alone costs per connection. Each Kafka frame it reads is answered
// with a small ApiVersions response, so the clients run the same script against it. A variant
// may add server options (JSON in argv[4], e.g. {"secureOptions": …}). Sends its port on the IPC
// channel and exits when the channel closes.
import { createServer as createTcpServer } from 'node:net';
import { createServer, type TLSSocket, type TlsOptions } from 'node:tls';
import type { ServerTlsConfig } from '../gateway/config/schema.ts';
import { withPooledTlsReads } from '../gateway/listeners/pooled-accept.ts';
import { serverContextOptions } from '../gateway/tls/server-context.ts';
import { FrameDecoder } from '../kafka/frame.ts';
import { encodeResponseFrame } from '../kafka/messages.ts';

const [certFile, keyFile, extraJson] = process.argv.slice(2);
const { peek, pooled, ...extra } = JSON.parse(extraJson ?? '{}') as TlsOptions & {
  peek?: boolean;
  pooled?: boolean;
};
const tls = { certFile, keyFile, minVersion: 'TLSv1.2', clientAuth: 'none' } as ServerTlsConfig;

const answer = (correlationId: number) =>
  encodeResponseFrame(
    18,
    3,
    { correlationId },
    {
      errorCode: 0,
      apiKeys: [{ apiKey: 18, minVersion: 0, maxVersion: 4 }],
      throttleTimeMs: 0,
    },
  );

const sockets = new Set<TLSSocket>();
const server = createServer(
  { ...serverContextOptions(tls), handshakeTimeout: 10_000, ...extra },
  (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const frames = new FrameDecoder({ maxFrameSize: 1 << 20 });
    const onChunk = (chunk: Buffer) => {
      for (const frame of frames.push(chunk)) socket.write(answer(frame.readInt32BE(4)));
      return false;
    };
    // `pooled`: cleartext read into a SocketReader's buffer, as Sluice reads its TLS clients.
    const reader = pooled ? withPooledTlsReads(socket) : undefined;
    if (reader) {
      reader.attach(onChunk);
      socket.resume();
    } else socket.on('data', onChunk);
  },
);
server.on('tlsClientError', (_err, socket) => socket.destroy());
// `peek`: Sluice's SNI listener's way in (gateway/listeners/sni-listener.ts): a plain TCP server
// reads the first bytes (the ClientHello) itself, then hands the socket to the TLS server.
const listening = peek
  ? createTcpServer((socket) => {
      socket.once('data', (chunk: Buffer) => {
        socket.pause();
        socket.unshift(chunk);
        server.emit('connection', socket);
      });
      socket.on('error', () => socket.destroy());
    })
  : server;
listening.listen({ port: 0, host: '127.0.0.1' }, () => {
  const address = listening.address();
  process.send!({ op: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
