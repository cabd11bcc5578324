// Real HTTP for admin API tests: the Fastify app listens on a loopback port and requests go
// through Node's fetch, so headers, body limits, content types and status codes are what a
// client on the wire sees. The answer has the shape of Fastify's inject answer, so a test
// reads the same either way.
import type { FastifyInstance } from 'fastify';

export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as it is. */
  payload?: object | string;
}

export interface HttpAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  // biome-ignore lint/suspicious/noExplicitAny: as Fastify's inject answer: tests read fields they know
  json(): any;
}

export interface RealHttp {
  readonly base: string;
  request(req: HttpRequest): Promise<HttpAnswer>;
}

/** Starts `app` on 127.0.0.1 on a free port (closing the app closes it). */
export async function listenForTests(app: FastifyInstance): Promise<RealHttp> {
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    base,
    async request(req) {
      const headers: Record<string, string> = { ...req.headers };
      let body: string | undefined;
      if (typeof req.payload === 'string') body = req.payload;
      else if (req.payload !== undefined) {
        body = JSON.stringify(req.payload);
        headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(`${base}${req.url}`, { method: req.method, headers, body });
      const text = await res.text();
      return {
        statusCode: res.status,
        headers: Object.fromEntries(res.headers.entries()),
        body: text,
        json: () => JSON.parse(text),
      };
    },
  };
}
