// Where policies meet the connection pair. `PolicyRequests` sees whole request frames of the
// api keys some policy needs (the pair holds the requests behind a pending one, so order is
// kept); `withPolicyResponses` wraps a listener's response handler (internal rewrites) so
// that Fetch responses also pass through `onFetch` policies, and Metadata responses teach
// Sluice topic ids. Neither touches a socket.
import type { RequestContext } from '../../engine/index.ts';
import type { AlterConfigsRequest } from '../../kafka/generated/alter-configs.ts';
import type { CreateTopicsRequest } from '../../kafka/generated/create-topics.ts';
import type { ProduceRequest } from '../../kafka/generated/produce.ts';
import { readRequestHeader, writeRequestHeader } from '../../kafka/header.ts';
import { decodeRequestFrame } from '../../kafka/messages.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import type {
  ConnectionInfo,
  RequestHandler,
  RequestInfo,
  RequestVerdict,
  ResponseHandler,
} from '../connection/types.ts';
import { interceptAlterConfigs, interceptCreateTopics } from './admin.ts';
import { PolicyGatewayError } from './errors.ts';
import { transformFetch } from './fetch.ts';
import { interceptProduce } from './produce.ts';
import { refusalAnswer } from './refusal.ts';
import { API, type PolicyService } from './service.ts';
import { TopicIds } from './topic-ids.ts';

const ANONYMOUS = 'User:ANONYMOUS';

export function requestContext(
  conn: ConnectionInfo,
  clientId: string | null,
  apiVersion: number,
): RequestContext {
  return { principal: conn.principal ?? ANONYMOUS, clientId, listener: conn.listener, apiVersion };
}

/** The same request with another client id in its header; the body bytes are kept as they are. */
export function withClientId(payload: Buffer, clientId: string | null): Buffer {
  const r = new Reader(payload);
  const header = readRequestHeader(r);
  const w = new Writer(payload.length + 64);
  writeRequestHeader(w, { ...header, clientId });
  w.appendBytes(payload.subarray(r.offset));
  return Buffer.from(w.buffer);
}

export class PolicyRequests implements RequestHandler {
  #svc: PolicyService;
  #ids: TopicIds;

  constructor(svc: PolicyService, ids = new TopicIds()) {
    this.#svc = svc;
    this.#ids = ids;
  }

  wants(apiKey: number): boolean {
    return this.#svc.wantsRequest(apiKey);
  }

  async handle(request: RequestInfo, payload: Buffer, conn: ConnectionInfo): Promise<RequestVerdict> {
    const svc = this.#svc;
    let clientId = request.clientId;
    if (svc.hasOnRequest) {
      const rc = requestContext(conn, clientId, request.apiVersion);
      const o = await svc.run((e) =>
        e.runRequest(rc, {
          apiKey: request.apiKey,
          apiVersion: request.apiVersion,
          clientId,
        }),
      );
      if (o.action === 'reject') {
        // Produce and the admin requests say "refused" per partition, topic or resource; for
        // other APIs, refusing the connection is what every client understands.
        const refusal = refusalAnswer(payload, o.errorCode, o.errorMessage);
        if (refusal) return refusal;
        throw new PolicyGatewayError(
          'SLUICE_POLICY_REFUSED_REQUEST',
          `request refused by policy ${o.policy}: ${o.errorMessage}`,
          { details: { policy: o.policy, apiKey: request.apiKey } },
        );
      }
      if (o.action === 'modify' && o.request.clientId !== clientId) {
        clientId = o.request.clientId;
        payload = withClientId(payload, clientId);
      }
    }
    const key = request.apiKey;
    if (
      key !== API.produce &&
      key !== API.createTopics &&
      key !== API.alterConfigs &&
      key !== API.incrementalAlterConfigs
    ) {
      return { kind: 'forward', payload };
    }
    const { header, body } = decodeRequestFrame(payload);
    const rc = requestContext(conn, clientId, request.apiVersion);
    if (key === API.produce)
      return interceptProduce(svc, this.#ids, rc, header, body as ProduceRequest, payload);
    if (key === API.createTopics)
      return interceptCreateTopics(svc, rc, header, body as CreateTopicsRequest, payload);
    return interceptAlterConfigs(svc, rc, header, body as AlterConfigsRequest, payload);
  }
}

/**
 * A listener's response handler (internal rewrites) with policies added: the request-side
 * hook and `onFetch` on Fetch responses. `current` gives the running PolicyService, if any,
 * so policies can be enabled after the listeners exist; without one this is `inner` as is.
 */
export function withPolicies(
  inner: ResponseHandler,
  current: () => PolicyService | undefined,
  ids: TopicIds,
): ResponseHandler {
  let requests: PolicyRequests | undefined;
  let owner: PolicyService | undefined;
  return {
    get requests() {
      const svc = current();
      if (svc !== owner) {
        owner = svc;
        requests = svc ? new PolicyRequests(svc, ids) : undefined;
      }
      return requests;
    },
    wants(apiKey, apiVersion) {
      if (inner.wants(apiKey, apiVersion)) return true;
      const svc = current();
      if (svc === undefined) return false;
      if (apiKey === API.metadata) return apiVersion >= 10 && (svc.hasFetch || svc.hasProduce);
      return apiKey === API.fetch && svc.hasFetch;
    },
    handle(request, payload, conn) {
      const out = inner.wants(request.apiKey, request.apiVersion)
        ? inner.handle(request, payload, conn)
        : payload;
      const svc = current();
      if (svc === undefined) return out;
      if (request.apiKey === API.metadata && request.apiVersion >= 10) {
        // Learn ids from the broker's answer (the rewrite changes addresses, not topics).
        if (svc.hasFetch || svc.hasProduce) ids.learn(payload, request.apiVersion);
        return out;
      }
      if (request.apiKey !== API.fetch || !svc.hasFetch) return out;
      const rc = requestContext(conn, request.clientId, request.apiVersion);
      return Promise.resolve(out).then((frame) => transformFetch(svc, ids, rc, frame, request.apiVersion));
    },
  };
}
