// Binds the data plane to the generated protocol layer: header versions and supported
// versions per api key (from the generated schemas), and the response codecs the internal
// rewrites need. The only place where the gateway names generated functions.

import { ProtocolError } from '../kafka/errors.ts';
import { decodeApiVersionsResponse, encodeApiVersionsResponse } from '../kafka/generated/api-versions.ts';
import {
  decodeDescribeClusterResponse,
  encodeDescribeClusterResponse,
} from '../kafka/generated/describe-cluster.ts';
import {
  decodeDescribeQuorumResponse,
  encodeDescribeQuorumResponse,
} from '../kafka/generated/describe-quorum.ts';
import { decodeFetchResponse, encodeFetchResponse } from '../kafka/generated/fetch.ts';
import {
  decodeFindCoordinatorResponse,
  encodeFindCoordinatorResponse,
} from '../kafka/generated/find-coordinator.ts';
import {
  decodeMetadataResponse,
  encodeMetadataRequest,
  encodeMetadataResponse,
} from '../kafka/generated/metadata.ts';
import { decodeProduceResponse, encodeProduceResponse } from '../kafka/generated/produce.ts';
import { encodeRequestHeader } from '../kafka/generated/request-header.ts';
import {
  decodeSaslAuthenticateResponse,
  encodeSaslAuthenticateRequest,
  encodeSaslAuthenticateResponse,
} from '../kafka/generated/sasl-authenticate.ts';
import {
  decodeSaslHandshakeResponse,
  encodeSaslHandshakeRequest,
  encodeSaslHandshakeResponse,
} from '../kafka/generated/sasl-handshake.ts';
import { MESSAGE_SCHEMAS } from '../kafka/generated/schemas.ts';
import {
  decodeShareAcknowledgeResponse,
  encodeShareAcknowledgeResponse,
} from '../kafka/generated/share-acknowledge.ts';
import { decodeShareFetchResponse, encodeShareFetchResponse } from '../kafka/generated/share-fetch.ts';
import { Reader } from '../kafka/reader.ts';
import { Writer } from '../kafka/writer.ts';
import type { HeaderVersions } from './connection/types.ts';
import type { ResponseBodyCodec } from './rewrites/chain.ts';

type Range = readonly [number, number];

interface ApiFacts {
  valid: Range;
  requestFlexible: Range | null;
  responseFlexible: Range | null;
}

const API_VERSIONS_KEY = 18;
const FETCH_KEY = 1;
const UNSUPPORTED_VERSION = 35;
/**
 * Fetch v16+ responses may carry broker addresses (KIP-951 NodeEndpoints) at their very end,
 * so every such response would have to be held and decoded whole. Offering clients at most
 * v15 lets Fetch responses — most of the bytes — stream through untouched; clients learn
 * about new leaders from a metadata refresh instead of the hint.
 */
const FETCH_MAX_STREAMED = 15;

function buildApiFacts(): Map<number, ApiFacts> {
  const facts = new Map<number, ApiFacts>();
  for (const s of Object.values(MESSAGE_SCHEMAS)) {
    if (s.apiKey === null || (s.type !== 'request' && s.type !== 'response')) continue;
    const f = facts.get(s.apiKey) ?? {
      valid: s.validVersions,
      requestFlexible: null,
      responseFlexible: null,
    };
    if (s.type === 'request') {
      f.valid = s.validVersions;
      f.requestFlexible = s.flexibleVersions;
    } else {
      f.responseFlexible = s.flexibleVersions;
    }
    facts.set(s.apiKey, f);
  }
  return facts;
}

const API_FACTS = buildApiFacts();

function within(r: Range | null, v: number): boolean {
  return r !== null && v >= r[0] && v <= r[1];
}

export const headers: HeaderVersions = {
  decodes(apiKey, apiVersion) {
    const f = API_FACTS.get(apiKey);
    return f !== undefined && within(f.valid, apiVersion);
  },
  unsupportedApiVersions(correlationId) {
    const [minVersion, maxVersion] = API_FACTS.get(API_VERSIONS_KEY)!.valid;
    const w = new Writer(32);
    w.appendInt32(correlationId); // response header v0
    encodeApiVersionsResponse(w, 0, {
      errorCode: UNSUPPORTED_VERSION,
      apiKeys: [{ apiKey: API_VERSIONS_KEY, minVersion, maxVersion }],
      throttleTimeMs: 0,
    });
    return w.toBuffer();
  },
  request(apiKey, apiVersion) {
    const f = API_FACTS.get(apiKey);
    if (!f) return -1;
    return within(f.requestFlexible, apiVersion) ? 2 : 1;
  },
  response(apiKey, apiVersion) {
    // ApiVersions responses always use header v0, so that a client that does not yet know
    // the broker's versions can read them.
    if (apiKey === API_VERSIONS_KEY) return 0;
    const f = API_FACTS.get(apiKey);
    return f && within(f.responseFlexible, apiVersion) ? 1 : 0;
  },
};

/** What Sluice can decode, per api key. (SaslHandshake v0 stays advertised because
 * librdkafka only enables SASL when it sees v0; a client that really sends v0 — unframed
 * SASL tokens after it — is refused by the connection pair.) */
function buildSupportedVersions(): Map<number, { min: number; max: number }> {
  const out = new Map<number, { min: number; max: number }>();
  for (const [key, f] of API_FACTS) out.set(key, { min: f.valid[0], max: f.valid[1] });
  const fetch = out.get(FETCH_KEY);
  if (fetch) fetch.max = Math.min(fetch.max, FETCH_MAX_STREAMED);
  return out;
}

type Decode = (r: Reader, version: number) => unknown;
type Encode = (w: Writer, version: number, value: never) => void;

const RESPONSE_CODECS = new Map<number, [Decode, Encode]>([
  [0, [decodeProduceResponse, encodeProduceResponse]],
  [1, [decodeFetchResponse, encodeFetchResponse]],
  [3, [decodeMetadataResponse, encodeMetadataResponse]],
  [10, [decodeFindCoordinatorResponse, encodeFindCoordinatorResponse]],
  [17, [decodeSaslHandshakeResponse, encodeSaslHandshakeResponse]],
  [18, [decodeApiVersionsResponse, encodeApiVersionsResponse]],
  [36, [decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse]],
  [55, [decodeDescribeQuorumResponse, encodeDescribeQuorumResponse]],
  [60, [decodeDescribeClusterResponse, encodeDescribeClusterResponse]],
  [78, [decodeShareFetchResponse, encodeShareFetchResponse]],
  [79, [decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse]],
]);

const REQUEST_ENCODERS = new Map<number, Encode>([
  [3, encodeMetadataRequest as Encode],
  [17, encodeSaslHandshakeRequest as Encode],
  [36, encodeSaslAuthenticateRequest as Encode],
]);

function codecFor(apiKey: number): [Decode, Encode] {
  const c = RESPONSE_CODECS.get(apiKey);
  if (!c)
    throw new ProtocolError('SLUICE_PROTOCOL_UNKNOWN_API', `no response codec bound for api key ${apiKey}`);
  return c;
}

export const responses: ResponseBodyCodec = {
  decode(apiKey, apiVersion, reader) {
    return codecFor(apiKey)[0](reader, apiVersion);
  },
  encode(apiKey, apiVersion, body) {
    const w = new Writer(256);
    codecFor(apiKey)[1](w, apiVersion, body as never);
    return w.toBuffer();
  },
};

function skipResponseHeader(frame: Buffer, headerVersion: number): Reader {
  const r = new Reader(frame);
  r.readInt32();
  if (headerVersion >= 1) {
    const n = r.readUnsignedVarInt();
    for (let i = 0; i < n; i++) {
      r.readUnsignedVarInt();
      r.skip(r.readUnsignedVarInt());
    }
  }
  return r;
}

export const protocolBinding = {
  headers,
  responses,
  supportedVersions: buildSupportedVersions() as ReadonlyMap<number, { min: number; max: number }>,
  /** A whole request payload (header + body, without the size prefix). */
  encodeRequest(
    apiKey: number,
    apiVersion: number,
    correlationId: number,
    clientId: string,
    body: unknown,
  ): Buffer {
    const encode = REQUEST_ENCODERS.get(apiKey);
    if (!encode)
      throw new ProtocolError(
        'SLUICE_PROTOCOL_UNKNOWN_API',
        `no request encoder bound for api key ${apiKey}`,
      );
    const w = new Writer(128);
    encodeRequestHeader(w, headers.request(apiKey, apiVersion), {
      requestApiKey: apiKey,
      requestApiVersion: apiVersion,
      correlationId,
      clientId,
    });
    encode(w, apiVersion, body as never);
    return w.toBuffer();
  },
  /** Decode a response frame (header skipped) of a bound api key. */
  decodeResponse(apiKey: number, apiVersion: number, frame: Buffer): unknown {
    const r = skipResponseHeader(frame, headers.response(apiKey, apiVersion));
    return codecFor(apiKey)[0](r, apiVersion);
  },
};
