// Request and response headers, and which header version each API version uses.
// Request header v0: api key, api version, correlation id (only ControlledShutdown v0).
// v1 adds the client id (a NULLABLE_STRING, never compact); v2 adds tagged fields and is used
// by every flexible API version. Response header v0: correlation id; v1 adds tagged fields and
// goes with flexible versions — except ApiVersions, whose response header is always v0 so a
// client can read the answer even when the broker did not understand its version.
import { ProtocolError } from './errors.ts';
import { API_INFO } from './generated/api-keys.ts';
import { decodeRequestHeader, encodeRequestHeader, type RequestHeader } from './generated/request-header.ts';
import {
  decodeResponseHeader,
  encodeResponseHeader,
  type ResponseHeader,
} from './generated/response-header.ts';
import { Reader } from './reader.ts';
import type { Writer } from './writer.ts';

export type { RequestHeader, ResponseHeader };

const API_VERSIONS_KEY = 18;
const CONTROLLED_SHUTDOWN_KEY = 7;

function firstFlexibleVersion(apiKey: number): number {
  const info = API_INFO[apiKey];
  if (!info) {
    throw new ProtocolError('SLUICE_PROTOCOL_UNKNOWN_API', `unknown api key ${apiKey}`, {
      details: { offset: 0, apiKey },
    });
  }
  return info.firstFlexibleVersion;
}

/** The request header version for this API version (0, 1 or 2). Versions above the known range count as flexible if the API is. */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  const flexibleFrom = firstFlexibleVersion(apiKey);
  if (apiKey === CONTROLLED_SHUTDOWN_KEY && apiVersion === 0) return 0;
  return flexibleFrom >= 0 && apiVersion >= flexibleFrom ? 2 : 1;
}

/** The response header version for this API version (0 or 1). */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  const flexibleFrom = firstFlexibleVersion(apiKey);
  if (apiKey === API_VERSIONS_KEY) return 0;
  return flexibleFrom >= 0 && apiVersion >= flexibleFrom ? 1 : 0;
}

/** Reads a request header; the reader is left at the first byte of the body. */
export function readRequestHeader(reader: Reader): RequestHeader {
  if (reader.remaining < 4) {
    // Let the Reader produce the precise TRUNCATED error.
    reader.readInt32();
  }
  const apiKey = reader.buffer.readInt16BE(reader.offset);
  const apiVersion = reader.buffer.readInt16BE(reader.offset + 2);
  return decodeRequestHeader(reader, requestHeaderVersion(apiKey, apiVersion));
}

export function writeRequestHeader(writer: Writer, header: RequestHeader): void {
  encodeRequestHeader(writer, requestHeaderVersion(header.requestApiKey, header.requestApiVersion), header);
}

/** Reads the response header of a response to `apiKey`/`apiVersion` (a response does not name its API). */
export function readResponseHeader(reader: Reader, apiKey: number, apiVersion: number): ResponseHeader {
  return decodeResponseHeader(reader, responseHeaderVersion(apiKey, apiVersion));
}

export function writeResponseHeader(
  writer: Writer,
  apiKey: number,
  apiVersion: number,
  header: ResponseHeader,
): void {
  encodeResponseHeader(writer, responseHeaderVersion(apiKey, apiVersion), header);
}

export interface RequestHeaderPeek {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** null when the client sent none, or for header v0 (ControlledShutdown v0). */
  clientId: string | null;
}

/**
 * The routing facts of a request frame (without its size prefix), read without decoding the
 * body and without consulting the API table, so it works for API keys Sluice does not know.
 */
export function peekRequestHeader(frame: Buffer): RequestHeaderPeek {
  const r = new Reader(frame);
  const apiKey = r.readInt16();
  const apiVersion = r.readInt16();
  const correlationId = r.readInt32();
  const clientId = apiKey === CONTROLLED_SHUTDOWN_KEY && apiVersion === 0 ? null : r.readNullableString();
  return { apiKey, apiVersion, correlationId, clientId };
}

/** The correlation id of a response frame (without its size prefix): its first four bytes. */
export function peekResponseCorrelationId(frame: Buffer): number {
  return new Reader(frame).readInt32();
}

const PRODUCE_KEY = 0;

/**
 * Whether the broker answers this request: every request does but a Produce with acks=0. Reads
 * the Produce's transactional id and acks after the header, so `frame` may be just the first
 * bytes of the frame; throws TRUNCATED when they are too few.
 */
export function expectsResponse(frame: Buffer, head: RequestHeaderPeek): boolean {
  if (head.apiKey !== PRODUCE_KEY) return true;
  const r = new Reader(frame);
  const header = readRequestHeader(r);
  const flexible = requestHeaderVersion(header.requestApiKey, header.requestApiVersion) >= 2;
  if (head.apiVersion >= 3) flexible ? r.readCompactNullableString() : r.readNullableString();
  return r.readInt16() !== 0;
}
