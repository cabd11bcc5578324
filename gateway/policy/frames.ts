// Request and response payloads as the connection pair takes them: header and body encoded by
// the generated codecs, without the 4-byte size prefix, in a buffer of their own.
import type { RequestHeader, ResponseHeader } from '../../kafka/header.ts';
import { encodeRequestFrame, encodeResponseFrame } from '../../kafka/messages.ts';

export function responsePayload(
  apiKey: number,
  version: number,
  header: ResponseHeader,
  body: unknown,
): Buffer {
  return Buffer.from(encodeResponseFrame(apiKey, version, header, body).subarray(4));
}

export function requestPayload(header: RequestHeader, body: unknown): Buffer {
  return Buffer.from(encodeRequestFrame(header, body).subarray(4));
}
