// Runs frames through a FilterChain the way a connection does, without sockets: a request
// frame gives its outcome (forwarded bytes and the exchange, an answer, or a close), and the
// broker's response to a forwarded request runs through the response side.

import type { Logger } from 'pino';
import {
  type Exchange,
  FilterChain,
  type FilterObserver,
  type RequestOutcome,
} from '../../gateway/pipeline/chain.ts';
import type { ConnectionInfo } from '../../gateway/pipeline/connection-info.ts';
import type { Filter } from '../../gateway/pipeline/filter.ts';
import type { TopicIds } from '../../gateway/routing/topic-ids.ts';
import { expectsResponse, peekRequestHeader } from '../../kafka/header.ts';
import { testConn } from './context.ts';
import { quietLog } from './log.ts';

export interface ChainKitOptions {
  conn?: ConnectionInfo;
  log?: Logger;
  topicIds?: TopicIds;
  observer?: FilterObserver;
}

export function chainOf(filters: Filter[], opts: ChainKitOptions = {}): FilterChain {
  return new FilterChain({
    filters,
    conn: opts.conn ?? testConn(),
    log: opts.log ?? quietLog(),
    topicName: (id) => opts.topicIds?.name(id),
    observer: opts.observer,
  });
}

/** A request frame (without its size prefix) through the chain: what goes upstream, or Sluice's answer. */
export async function sendRequest(chain: FilterChain, payload: Buffer): Promise<RequestOutcome> {
  const peek = peekRequestHeader(payload);
  const expects = expectsResponse(payload, peek);
  if (!chain.wantsRequest(peek))
    return { kind: 'forward', payload, exchange: chain.exchangeFor(peek, expects) };
  return chain.handleRequest(payload, peek, expects);
}

/** The broker's response to a forwarded request, through the response side: what the client gets (null: nothing). */
export async function receiveResponse(
  chain: FilterChain,
  exchange: Exchange,
  frame: Buffer,
): Promise<Buffer | null> {
  return exchange.decodeResponse ? chain.handleResponse(frame, exchange) : frame;
}

/**
 * A request's outcome as the policy-layer tests read it: forward (with `merge` turning the
 * broker's response into the client's, `discardResponse` taking one the client never sees, or
 * `answer` in place of one the broker will not send), or Sluice's answer. A close rejects.
 */
export type PolicyVerdict =
  | {
      kind: 'forward';
      payload: Buffer;
      merge?: (response: Buffer) => Buffer;
      discardResponse?: (response: Buffer) => void;
      answer?: Buffer;
    }
  | { kind: 'answer'; payload: Buffer | null };

export async function policyVerdict(chain: FilterChain, payload: Buffer): Promise<PolicyVerdict> {
  const o = await sendRequest(chain, payload);
  if (o.kind === 'close') throw Object.assign(new Error(o.message), { code: o.code });
  if (o.kind === 'answer') return o;
  const ex = o.exchange;
  const out: PolicyVerdict = { kind: 'forward', payload: o.payload };
  if (ex.instead) out.answer = ex.instead;
  if (ex.swallow) out.discardResponse = (response) => void chain.handleResponse(response, ex);
  else if (ex.continuations.length > 0) {
    out.merge = (response) => {
      const merged = chain.handleResponse(response, ex);
      if (merged instanceof Promise || merged === null) throw new Error('merge is synchronous and answers');
      return merged;
    };
  }
  return out;
}
