// Reads what the pair needs from a request frame without decoding its body: the header,
// plus three small facts that change how the connection behaves — a Produce's acks (acks=0
// gets no response), and the SASL mechanism and auth bytes (to learn the principal).
import { Reader } from '../../kafka/reader.ts';
import type { HeaderVersions, RequestInfo } from './types.ts';

export const API_PRODUCE = 0;
export const API_SASL_HANDSHAKE = 17;
export const API_API_VERSIONS = 18;
export const API_SASL_AUTHENTICATE = 36;

export interface PeekedRequest extends RequestInfo {
  /** False for acks=0 produce: the broker sends nothing back. */
  expectsResponse: boolean;
  saslMechanism?: string;
  saslAuthBytes?: Buffer;
}

function skipTaggedFields(r: Reader): void {
  const n = r.readUnsignedVarInt();
  for (let i = 0; i < n; i++) {
    r.readUnsignedVarInt();
    r.skip(r.readUnsignedVarInt());
  }
}

export function peekRequest(frame: Buffer, headers: HeaderVersions): PeekedRequest {
  const r = new Reader(frame);
  const apiKey = r.readInt16();
  const apiVersion = r.readInt16();
  const correlationId = r.readInt32();
  const clientId = r.readNullableString();
  const out: PeekedRequest = { apiKey, apiVersion, correlationId, clientId, expectsResponse: true };
  const headerVersion = headers.request(apiKey, apiVersion);
  if (headerVersion < 0) return out; // an API this build does not know: forwarded as bytes
  const flexible = headerVersion >= 2;
  if (apiKey !== API_PRODUCE && apiKey !== API_SASL_HANDSHAKE && apiKey !== API_SASL_AUTHENTICATE) return out;
  if (flexible) skipTaggedFields(r);
  if (apiKey === API_PRODUCE) {
    if (apiVersion >= 3) flexible ? r.readCompactNullableString() : r.readNullableString();
    out.expectsResponse = r.readInt16() !== 0;
  } else if (apiKey === API_SASL_HANDSHAKE) {
    out.saslMechanism = r.readString();
  } else {
    out.saslAuthBytes = flexible ? r.readCompactBytes() : r.readSizedBytes();
  }
  return out;
}

/** The error code at the start of a SaslAuthenticate response body. */
export function peekResponseErrorCode(frame: Buffer, headerVersion: number): number {
  const r = new Reader(frame);
  r.readInt32();
  if (headerVersion >= 1) skipTaggedFields(r);
  return r.readInt16();
}
