// What the gateway tells the chain about the request a batch belongs to, and the context a
// policy's hook sees, built from it once per batch or request.

import type { WireContext } from '../../sdk/runtime/wire.ts';

export interface RequestContext {
  principal: string;
  clientId: string | null;
  listener: string;
  apiVersion: number;
  /** The SNI name the client sent (TLS listeners); absent = none. */
  serverName?: string | null;
  /** The host name of this gateway replica; absent = ''. */
  gatewayHost?: string;
}

export function wireContext(
  ctx: RequestContext,
  apiKey: number,
  topic: string | null,
  partition: number | null,
): WireContext {
  return {
    topic,
    partition,
    principal: ctx.principal,
    clientId: ctx.clientId,
    listener: ctx.listener,
    serverName: ctx.serverName ?? null,
    gatewayHost: ctx.gatewayHost ?? '',
    apiKey,
    apiVersion: ctx.apiVersion,
  };
}
