// FindCoordinator (api key 10): v0–3 answer one coordinator in top-level fields; v4+ answer
// a batch (`coordinators`). Both are rewritten; error answers (node id -1) stay as they are.
import { rewriteEndpoints, thenReturn } from './addresses.ts';
import { defineResponseFilter } from './filter.ts';

interface Coordinator {
  nodeId: number;
  host: string;
  port: number;
  errorCode: number;
}

export interface FindCoordinatorResponseFields {
  errorCode?: number;
  nodeId?: number;
  host?: string;
  port?: number;
  coordinators?: Coordinator[];
}

export const findCoordinatorRewrite = defineResponseFilter<FindCoordinatorResponseFields>({
  name: 'sluice.rewrite.find-coordinator',
  apiKey: 10,
  onResponse(res, ctx) {
    if (ctx.request.apiVersion >= 4) {
      const ok = (res.coordinators ?? []).filter((c) => c.errorCode === 0 && c.nodeId >= 0);
      return thenReturn(
        rewriteEndpoints(ok, (c) => c.nodeId, ctx),
        res,
      );
    }
    if (res.errorCode !== 0 || res.nodeId === undefined || res.nodeId < 0) return res;
    const single = { nodeId: res.nodeId, host: res.host ?? '', port: res.port ?? 0 };
    const wait = rewriteEndpoints([single], (c) => c.nodeId, ctx);
    res.host = single.host;
    res.port = single.port;
    return thenReturn(wait, res);
  },
});
