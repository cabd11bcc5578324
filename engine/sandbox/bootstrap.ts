// The first script run in every policy isolate, before the policy bundle. It takes the
// isolated-vm Reference to the worker's host-call function off the global object and keeps it
// in a closure, exposing only a plain async function. The methods it needs are captured now,
// so a policy that later patches Reflect or prototypes never gets hold of the Reference.

export const HOST_REF_GLOBAL = '__sluiceHostRef';

export const BOOTSTRAP_SCRIPT = `(() => {
  const ref = globalThis.${HOST_REF_GLOBAL};
  delete globalThis.${HOST_REF_GLOBAL};
  const apply = ref.apply;
  const reflectApply = Reflect.apply;
  const options = { arguments: { copy: true }, result: { promise: true, copy: true } };
  const hostCall = (op, args) => reflectApply(apply, ref, [undefined, [String(op), args], options]);
  Object.defineProperty(globalThis, '__sluiceHostCall', { value: hostCall, writable: false, configurable: false });
})();`;
