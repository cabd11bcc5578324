// A PLAINTEXT client socket read through a SocketReader. net.Server has no `onread` option for
// the sockets it accepts, but net.Socket takes one with an existing handle: the accepted
// socket hands its handle to a new Socket built with `onread`, before anything read from it
// or listened to it. Relies on the handle's private `_handle` slot (Node 24); where that is
// not there, the accepted socket is used as it is (fresh buffers per read, 'data' events).
import { type Server, Socket } from 'node:net';
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
