// Client sockets read through a SocketReader. net.Server has no `onread` option for the sockets
// it accepts, and TLS sockets take none at all, so both are set up by hand:
// - PLAINTEXT: net.Socket takes `onread` with an existing handle, so the accepted socket hands
//   its handle to a new Socket built with it, before anything read from it or listened to it.
// - TLS: the TLS handle writes cleartext into a user buffer like a TCP handle does; the socket's
//   own (private, symbol-keyed) onread slots are filled as net fills them for `onread`.
// Both rely on Node internals (Node 24: `_handle`, `useUserBuffer`, the kBuffer symbols); where
// they are not there, the socket is used as it is (fresh buffers per read, 'data' events).
import { type Server, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { SocketReader } from '../connection/socket-reader.ts';

interface Internals {
  _handle: { useUserBuffer?: unknown } | null;
  _server: Server | null;
  server: Server | null;
}

export function withPooledReads(accepted: Socket): { socket: Socket; reader?: SocketReader } {
  const raw = accepted as unknown as Internals;
  const handle = raw._handle;
  if (!handle || typeof handle.useUserBuffer !== 'function') return { socket: accepted };
  const reader = new SocketReader();
  raw._handle = null;
  const socket = new Socket({
    handle,
    allowHalfOpen: accepted.allowHalfOpen,
    pauseOnCreate: true,
    readable: true,
    writable: true,
    onread: reader.onread,
    // `handle` is typed for net's BoundSocket; an accepted socket's TCP handle is what it takes.
  } as unknown as ConstructorParameters<typeof Socket>[0]);
  // The server counts its connections down when the socket it knows is destroyed.
  const adopted = socket as unknown as Internals;
  adopted._server = raw._server;
  adopted.server = raw.server;
  raw._server = null;
  raw.server = null;
  return { socket, reader };
}

/** A TLS client socket's cleartext read through a SocketReader; undefined: not possible here. */
export function withPooledTlsReads(socket: TLSSocket): SocketReader | undefined {
  const handle = (socket as unknown as Internals)._handle as { useUserBuffer?: (b: Buffer) => void } | null;
  const symbols = Object.getOwnPropertySymbols(socket);
  const slot = (name: string) => symbols.find((s) => s.description === name);
  const kBuffer = slot('kBuffer');
  const kBufferCb = slot('kBufferCb');
  const kBufferGen = slot('kBufferGen');
  if (!handle || typeof handle.useUserBuffer !== 'function' || !kBuffer || !kBufferCb || !kBufferGen) {
    return undefined;
  }
  const reader = new SocketReader();
  // Cleartext already decrypted into the stream (it came with the handshake's last flight).
  for (let chunk = socket.read() as Buffer | null; chunk !== null; chunk = socket.read() as Buffer | null) {
    reader.held(chunk);
  }
  const { buffer, callback } = reader.onread;
  const slots = socket as unknown as Record<symbol, unknown>;
  const first = buffer();
  slots[kBufferGen] = buffer;
  slots[kBufferCb] = callback;
  slots[kBuffer] = first;
  handle.useUserBuffer(first);
  return reader;
}
