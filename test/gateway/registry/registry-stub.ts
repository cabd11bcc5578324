// A stand-in for a Confluent-compatible registry in unit tests ONLY: the handful of endpoints
// the gateway's client reads and @kafkajs/confluent-schema-registry writes, in memory, on
// 127.0.0.1, with switches for what a client must cope with (auth, slowness, failures).
// It checks no compatibility and knows no references. Integration tests need a real registry.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Stored {
  id: number;
  schema: string;
  schemaType?: string;
  versions: { subject: string; version: number }[];
}

export interface RegistryStub {
  readonly url: string;
  /** Requests seen, e.g. `GET /schemas/ids/1` with the authorization header they carried. */
  readonly requests: { line: string; authorization: string | undefined }[];
  /** When set, every request must carry exactly this authorization header (else 401). */
  requireAuthorization: string | undefined;
  /** Delay before answering, ms. */
  delayMs: number;
  /** When set, answers every request with this status. */
  failWith: number | undefined;
  register(subject: string, schema: string, schemaType?: 'AVRO' | 'JSON'): number;
  close(): Promise<void>;
}

export async function startRegistryStub(): Promise<RegistryStub> {
  const byId = new Map<number, Stored>();
  const bySubject = new Map<string, number[]>();
  const requests: RegistryStub['requests'] = [];
  const register = (subject: string, schema: string, schemaType?: string): number => {
    let s = [...byId.values()].find((x) => x.schema === schema && x.schemaType === schemaType);
    if (!s) {
      s = { id: byId.size + 1, schema, ...(schemaType ? { schemaType } : {}), versions: [] };
      byId.set(s.id, s);
    }
    const ids = bySubject.get(subject) ?? [];
    if (!ids.includes(s.id)) {
      ids.push(s.id);
      bySubject.set(subject, ids);
      s.versions.push({ subject, version: ids.length });
    }
    return s.id;
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/vnd.schemaregistry.v1+json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ line: `${req.method} ${path}`, authorization: req.headers.authorization });
    if (stub.failWith !== undefined)
      return send(res, stub.failWith, { error_code: stub.failWith * 100, message: 'stub failure' });
    if (stub.requireAuthorization !== undefined && req.headers.authorization !== stub.requireAuthorization) {
      return send(res, 401, { error_code: 40101, message: 'Unauthorized' });
    }
    let m = /^\/schemas\/ids\/(\d+)(\/versions)?$/.exec(path);
    if (req.method === 'GET' && m) {
      const s = byId.get(Number(m[1]));
      if (!s) return send(res, 404, { error_code: 40403, message: 'Schema not found' });
      if (m[2]) return send(res, 200, s.versions);
      return send(res, 200, { schema: s.schema, ...(s.schemaType ? { schemaType: s.schemaType } : {}) });
    }
    m = /^\/config\/([^/]+)$/.exec(path);
    if (m && req.method === 'GET') return send(res, 404, { error_code: 40401, message: 'Subject not found' });
    if (m && req.method === 'PUT') return send(res, 200, JSON.parse(body));
    m = /^\/subjects\/([^/]+)\/versions$/.exec(path);
    if (m && req.method === 'POST') {
      const b = JSON.parse(body) as { schema: string; schemaType?: string };
      return send(res, 200, { id: register(decodeURIComponent(m[1]), b.schema, b.schemaType) });
    }
    m = /^\/subjects\/([^/]+)\/versions\/(latest|\d+)$/.exec(path);
    if (m && req.method === 'GET') {
      const subject = decodeURIComponent(m[1]);
      const ids = bySubject.get(subject) ?? [];
      const version = m[2] === 'latest' ? ids.length : Number(m[2]);
      const s = byId.get(ids[version - 1]);
      if (!s) return send(res, 404, { error_code: 40402, message: 'Version not found' });
      return send(res, 200, {
        subject,
        version,
        id: s.id,
        schema: s.schema,
        ...(s.schemaType ? { schemaType: s.schemaType } : {}),
      });
    }
    send(res, 404, { error_code: 404, message: `no route ${req.method} ${path}` });
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      setTimeout(() => handle(req, res, body), stub.delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const stub: RegistryStub = {
    url: `http://127.0.0.1:${port}`,
    requests,
    requireAuthorization: undefined,
    delayMs: 0,
    failWith: undefined,
    register: (subject, schema, schemaType) => register(subject, schema, schemaType),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
  return stub;
}
