// `onRequest` policies see every request of the api keys they name (or all) by its header: who
// sends it (principal, client id, listener) and which api and version. They may refuse it —
// the client gets that api's own error response with the policy's code and message, whatever
// the api (an acks=0 Produce, which reads no answer, gets its connection closed, as from a
// broker) — or change the client id that goes upstream. The body is not decoded for them.
import { defineFilter, type Filter, refuse } from '../pipeline/filter.ts';
import { engineContext, type PolicyRuntime } from '../policy/service.ts';

export function onRequestPolicies(current: () => PolicyRuntime | undefined): Filter {
  return defineFilter({
    name: 'policy-on-request',
    headers: {
      wants: (apiKey) => {
        const svc = current();
        return svc?.hasHook('onRequest') === true && svc.onRequestSees(apiKey);
      },
      async on(ctx) {
        const svc = current()!;
        const { apiKey, apiVersion } = ctx.head;
        const o = await svc.run((e) =>
          e.runRequest(engineContext(ctx), { apiKey, apiVersion, clientId: ctx.clientId }),
        );
        if (o.action === 'reject') return refuse(o.errorCode, o.errorMessage, o.policy);
        if (o.action === 'modify' && o.request.clientId !== ctx.clientId) ctx.setClientId(o.request.clientId);
        return undefined;
      },
    },
  });
}
