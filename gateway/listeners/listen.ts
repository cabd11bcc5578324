// Promise wrappers around server.listen / server.close.
import type { Server } from 'node:net';

export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}

/** Stop accepting now. Open connections are not waited for: the registry handles them. */
export function closeServer(server: Server): Promise<void> {
  if (server.listening) server.close();
  return Promise.resolve();
}
