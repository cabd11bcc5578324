// The first script run in every policy isolate, before the policy bundle. It takes the
// isolated-vm Reference to the worker's host-call function off the global object and keeps it
// in a closure, exposing only a plain async function. The methods it needs are captured now,
// so a policy that later patches Reflect, Promise or prototypes never gets hold of the Reference.
//
// The calls a policy makes in one synchronous stretch (e.g. one `kms.encrypt` per customer key
// under Promise.all) cross to the worker as ONE list, in a microtask after the stretch: each
// isolate-to-host crossing costs tens of µs, as much as the work of a small batch.

export const HOST_REF_GLOBAL = '__sluiceHostRef';

export const BOOTSTRAP_SCRIPT = `(() => {
  const ref = globalThis.${HOST_REF_GLOBAL};
  delete globalThis.${HOST_REF_GLOBAL};
  const apply = ref.apply;
  const reflectApply = Reflect.apply;
  const P = Promise;
  const then = Promise.prototype.then;
  const resolved = P.resolve();
  const options = { arguments: { copy: true }, result: { promise: true, copy: true } };
  let calls = null;
  let settle = null;
  const flush = () => {
    const sent = calls;
    const waiting = settle;
    calls = null;
    settle = null;
    const answer = (replies) => {
      for (let i = 0; i < waiting.length; i++) {
        const r = replies !== null && typeof replies === 'object' ? replies[i] : undefined;
        waiting[i](r !== null && typeof r === 'object' ? r : { ok: false, error: 'the host gave no reply' });
      }
    };
    let reply;
    try {
      reply = reflectApply(apply, ref, [undefined, [sent], options]);
    } catch (e) {
      return answer(null);
    }
    reflectApply(then, reply, [answer, () => answer(null)]);
  };
  const hostCall = (op, args) =>
    new P((resolve) => {
      if (calls === null) {
        calls = [];
        settle = [];
        reflectApply(then, resolved, [flush]);
      }
      calls[calls.length] = [String(op), args];
      settle[settle.length] = resolve;
    });
  Object.defineProperty(globalThis, '__sluiceHostCall', { value: hostCall, writable: false, configurable: false });
})();`;
