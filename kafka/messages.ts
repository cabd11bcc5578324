// Whole Kafka messages: header + body of one frame, decoded or encoded with the generated
// codecs. For a frame the gateway only forwards, use peekRequestHeader instead: it reads the
// routing facts without touching the body.
import type { ApiKey, ResponseOf } from './apis.ts';
import { ProtocolError } from './errors.ts';
import { API_CODECS, type ApiCodec } from './generated/index.ts';
import {
  type RequestHeader,
  type ResponseHeader,
  readRequestHeader,
  readResponseHeader,
  writeRequestHeader,
  writeResponseHeader,
} from './header.ts';
import { Reader } from './reader.ts';
import { Writer } from './writer.ts';

const CODECS: Readonly<Partial<Record<number, ApiCodec<unknown, unknown>>>> = API_CODECS;

/** The codecs of an API key; UNKNOWN_API if Sluice's specs do not have it. */
export function apiCodec(apiKey: number): ApiCodec<unknown, unknown> {
  const codec = CODECS[apiKey];
  if (!codec) {
    throw new ProtocolError('SLUICE_PROTOCOL_UNKNOWN_API', `unknown api key ${apiKey}`, {
      details: { offset: 0, apiKey },
    });
  }
  return codec;
}

export interface DecodedRequest<T = unknown> {
  header: RequestHeader;
  body: T;
}

export interface DecodedResponse<T = unknown> {
  header: ResponseHeader;
  body: T;
}

/** Adds which API was being read to a protocol error, so a log line says where the bytes went wrong. */
function withContext<T>(apiKey: number, apiVersion: number, direction: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ProtocolError) {
      error.details.api ??= CODECS[apiKey]?.name ?? apiKey;
      error.details.apiVersion ??= apiVersion;
      error.details.direction ??= direction;
    }
    throw error;
  }
}

/** Decodes a request frame (without its size prefix). Every byte must belong to the request. */
export function decodeRequestFrame(frame: Buffer): DecodedRequest {
  const reader = new Reader(frame);
  const header = readRequestHeader(reader);
  const { requestApiKey: apiKey, requestApiVersion: apiVersion } = header;
  const codec = apiCodec(apiKey);
  return withContext(apiKey, apiVersion, 'request', () => {
    const body = codec.decodeRequest(reader, apiVersion);
    reader.expectEnd(`${codec.name} request`);
    return { header, body };
  });
}

/** Decodes a response frame to a request of `apiKey`/`apiVersion` (responses do not name their API). */
export function decodeResponseFrame<K extends ApiKey>(
  frame: Buffer,
  apiKey: K,
  apiVersion: number,
): DecodedResponse<ResponseOf<K>>;
export function decodeResponseFrame(frame: Buffer, apiKey: number, apiVersion: number): DecodedResponse;
export function decodeResponseFrame(frame: Buffer, apiKey: number, apiVersion: number): DecodedResponse {
  const codec = apiCodec(apiKey);
  return withContext(apiKey, apiVersion, 'response', () => {
    const reader = new Reader(frame);
    const header = readResponseHeader(reader, apiKey, apiVersion);
    const body = codec.decodeResponse(reader, apiVersion);
    reader.expectEnd(`${codec.name} response`);
    return { header, body };
  });
}

/**
 * Encodes a request as a complete frame, size prefix included. With a `writer` of your own the
 * result is a view of its memory: use it before the writer is reset or appended to.
 */
export function encodeRequestFrame(header: RequestHeader, body: unknown, writer = new Writer()): Buffer {
  const codec = apiCodec(header.requestApiKey);
  const sizeAt = writer.reserveInt32();
  writeRequestHeader(writer, header);
  codec.encodeRequest(writer, header.requestApiVersion, body);
  writer.setInt32At(sizeAt, writer.length - sizeAt - 4);
  return writer.buffer.subarray(sizeAt);
}

/** Encodes a response as a complete frame, size prefix included (a view of `writer`, as above). */
export function encodeResponseFrame(
  apiKey: number,
  apiVersion: number,
  header: ResponseHeader,
  body: unknown,
  writer = new Writer(),
): Buffer {
  const codec = apiCodec(apiKey);
  const sizeAt = writer.reserveInt32();
  writeResponseHeader(writer, apiKey, apiVersion, header);
  codec.encodeResponse(writer, apiVersion, body);
  writer.setInt32At(sizeAt, writer.length - sizeAt - 4);
  return writer.buffer.subarray(sizeAt);
}
