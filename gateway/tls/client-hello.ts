// The SNI name of a TLS ClientHello, read from the raw bytes before the TLS server sees them.
// Node's TLS server cannot refuse a name with a TLS alert (an SNICallback error destroys the
// socket, the client sees an unexpected EOF), so the SNI listener reads the name first and,
// for a name it refuses, answers with the `unrecognized_name` alert itself (RFC 6066 §3).
//
// TLSPlaintext   = type(1) version(2) length(2) fragment            (type 22 = handshake)
// Handshake      = msg_type(1) length(3) body                       (msg_type 1 = ClientHello)
// ClientHello    = version(2) random(32) session_id<1> cipher_suites<2> compression<1>
//                  extensions<2>: { type(2) data<2> }*              (type 0 = server_name)
// ServerNameList = list<2>: { name_type(1) host_name<2> }*          (name_type 0 = host_name)

const RECORD_HANDSHAKE = 22;
const HANDSHAKE_CLIENT_HELLO = 1;
const EXT_SERVER_NAME = 0;
/** A ClientHello larger than this is not read here; the TLS server gets it as it is. */
export const MAX_CLIENT_HELLO_BYTES = 64 * 1024;

export type ClientHelloPeek =
  /** More bytes are needed. */
  | { kind: 'incomplete' }
  /** Not a ClientHello Sluice can read; let the TLS server deal with it. */
  | { kind: 'unreadable' }
  | { kind: 'hello'; serverName: string | undefined };

/** Reads the ClientHello at the start of `data` (the client's first bytes, possibly several records). */
export function peekClientHello(data: Buffer): ClientHelloPeek {
  // The handshake message may be fragmented over several records: join their fragments.
  const fragments: Buffer[] = [];
  let joined = 0;
  let pos = 0;
  let needed: number | undefined;
  while (needed === undefined || joined < needed) {
    if (data.length < pos + 5)
      return data.length > MAX_CLIENT_HELLO_BYTES ? { kind: 'unreadable' } : { kind: 'incomplete' };
    if (data[pos] !== RECORD_HANDSHAKE || data[pos + 1] !== 3) return { kind: 'unreadable' };
    const length = data.readUInt16BE(pos + 3);
    if (length === 0) return { kind: 'unreadable' };
    if (data.length < pos + 5 + length) {
      return pos + 5 + length > MAX_CLIENT_HELLO_BYTES ? { kind: 'unreadable' } : { kind: 'incomplete' };
    }
    fragments.push(data.subarray(pos + 5, pos + 5 + length));
    joined += length;
    pos += 5 + length;
    if (needed === undefined && joined >= 4) {
      const head = Buffer.concat(fragments);
      if (head[0] !== HANDSHAKE_CLIENT_HELLO) return { kind: 'unreadable' };
      needed = 4 + head.readUIntBE(1, 3);
      if (needed > MAX_CLIENT_HELLO_BYTES) return { kind: 'unreadable' };
    }
  }
  const message = Buffer.concat(fragments).subarray(4, needed);
  try {
    return { kind: 'hello', serverName: serverName(message) };
  } catch {
    return { kind: 'unreadable' };
  }
}

function serverName(body: Buffer): string | undefined {
  let p = 2 + 32; // client_version, random
  p += 1 + byte(body, p); // session_id
  p += 2 + u16(body, p); // cipher_suites
  p += 1 + byte(body, p); // compression_methods
  if (p === body.length) return undefined; // no extensions
  const end = p + 2 + u16(body, p);
  if (end > body.length) throw new RangeError('extensions overrun');
  p += 2;
  while (p + 4 <= end) {
    const type = u16(body, p);
    const length = u16(body, p + 2);
    p += 4;
    if (p + length > end) throw new RangeError('extension overruns');
    if (type === EXT_SERVER_NAME) {
      let q = p + 2;
      const listEnd = q + u16(body, p);
      while (q + 3 <= listEnd) {
        const nameType = byte(body, q);
        const nameLength = u16(body, q + 1);
        q += 3;
        if (q + nameLength > listEnd) throw new RangeError('server name overruns');
        if (nameType === 0) return body.toString('latin1', q, q + nameLength);
        q += nameLength;
      }
      return undefined;
    }
    p += length;
  }
  return undefined;
}

function byte(b: Buffer, at: number): number {
  if (at >= b.length) throw new RangeError('truncated ClientHello');
  return b[at]!;
}

function u16(b: Buffer, at: number): number {
  if (at + 2 > b.length) throw new RangeError('truncated ClientHello');
  return b.readUInt16BE(at);
}

/** A fatal `unrecognized_name` alert (112) as a plaintext TLS record: what a server sends
 * for a server name it does not serve, before any handshake message of its own. */
export const UNRECOGNIZED_NAME_ALERT = Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 112]);
