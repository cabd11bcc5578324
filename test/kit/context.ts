// FilterContexts for calling one filter's hook directly, recording what it asked of the chain.
import assert from 'node:assert/strict';
import type { ConnectionInfo } from '../../gateway/pipeline/connection-info.ts';
import type { FilterContext, RequestContext, RequestHead } from '../../gateway/pipeline/filter.ts';
import type { ApiKey } from '../../kafka/apis.ts';
import { quietLog } from './log.ts';

export function testConn(overrides: Partial<ConnectionInfo> = {}): ConnectionInfo {
  return {
    id: 1,
    listener: 'plain',
    route: { kind: 'bootstrap' },
    clientAddress: '127.0.0.1:1',
    ...overrides,
  };
}

export interface ContextOptions {
  conn?: ConnectionInfo;
  topicNames?: Record<string, string>;
}

/** What a hook asked of the chain. */
export interface Recorded {
  modified: boolean;
  clientId: string | null;
  continuations: ((response: never, ctx: FilterContext) => unknown)[];
  instead: unknown;
  swallow: ((response: never) => void) | undefined;
}

export function head(
  apiKey: number,
  apiVersion: number,
  correlationId = 7,
  clientId: string | null = 'app-1',
): RequestHead {
  return { apiKey, apiVersion, correlationId, clientId };
}

/** A response-side context (for response hooks) and what the hook recorded. */
export function responseContext(h: RequestHead, opts: ContextOptions = {}) {
  const recorded = { modified: false };
  const ctx: FilterContext = {
    conn: opts.conn ?? testConn(),
    head: h,
    log: quietLog(),
    markModified: () => {
      recorded.modified = true;
    },
    topicName: (id) => (id === undefined ? undefined : opts.topicNames?.[id]),
  };
  return {
    ctx,
    recorded,
    assertModified(expected = true) {
      assert.equal(
        recorded.modified,
        expected,
        expected ? 'the hook marked the body modified' : 'the body is untouched',
      );
    },
  };
}

/** A request-side context (for request hooks) and what the hook recorded. */
export function requestContext<K extends ApiKey>(h: RequestHead, opts: ContextOptions = {}) {
  const base = responseContext(h, opts);
  const recorded: Recorded = {
    modified: false,
    clientId: h.clientId,
    continuations: [],
    instead: undefined,
    swallow: undefined,
  };
  const ctx: RequestContext<K> = {
    ...base.ctx,
    get clientId() {
      return recorded.clientId;
    },
    markModified: () => {
      recorded.modified = true;
    },
    setClientId: (id) => {
      recorded.clientId = id;
    },
    onResponse: (fn) => {
      recorded.continuations.push(fn as Recorded['continuations'][number]);
    },
    respondInstead: (response) => {
      recorded.instead = response;
    },
    swallowResponse: (fn) => {
      recorded.swallow = fn as Recorded['swallow'];
    },
  };
  return { ctx, recorded };
}
