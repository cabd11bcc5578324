// What one synchronous isolated-vm call costs by what it carries: the sandbox worker makes one
// per batch (two or more for a hook that awaits capability calls), so this is the floor of a
// batch's isolate share. Prints wall and CPU µs per call for: no arguments, the hook name, the
// request context, a 1 KB string, a batch object without typed arrays, one Uint8Array, the four
// typed arrays of a WireBatch, a whole one-record batch as the worker passes it; and that last
// call with isolated-vm's timeout, which every real call has (it arms a timer per call).
//   ./node_modules/.bin/node --no-node-snapshot bench/isolate-call.ts [calls]
import ivm from 'isolated-vm';

const CALLS = Number(process.argv[2] ?? 20_000);
const isolate = new ivm.Isolate({ memoryLimit: 64 });
const context = await isolate.createContext();
const hook = await context.eval('(function (hook, ctx, payload, text) { return { kind: "accept" }; })', {
  reference: true,
});

const ctx = {
  principal: 'User:alice',
  clientId: 'bench',
  listener: 'plain',
  apiKey: 0,
  apiVersion: 11,
  topic: 't',
  partition: 0,
};
const typedArrays = () => ({
  bytes: new Uint8Array(0),
  layout: new Int32Array(6),
  ts: new Float64Array(1),
  od: new Int32Array(1),
});
const text = 'x'.repeat(1024);
const shapes: [string, unknown[]][] = [
  ['no arguments', []],
  ['hook name', ['onProduce']],
  ['+ request context', ['onProduce', ctx]],
  ['+ 1 KB text', ['onProduce', undefined, undefined, text]],
  ['+ batch, no typed arrays', ['onProduce', undefined, { topic: 't', partition: 0, n: 1, h: null }]],
  ['+ one Uint8Array (1 KB)', ['onProduce', undefined, new Uint8Array(1024)]],
  ['+ a WireBatch’s 4 typed arrays', ['onProduce', undefined, typedArrays()]],
  [
    'one-record batch (all of it)',
    ['onProduce', ctx, { topic: 't', partition: 0, records: typedArrays() }, text],
  ],
];

function measure(args: unknown[], timeout: number | undefined): { wall: number; cpu: number } {
  const options = { arguments: { copy: true }, result: { copy: true }, timeout } as const;
  for (let i = 0; i < 2000; i++) hook.applySync(undefined, args as never, options);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < CALLS; i++) hook.applySync(undefined, args as never, options);
  const c = process.cpuUsage(c0);
  return { wall: ((performance.now() - t0) * 1000) / CALLS, cpu: (c.user + c.system) / CALLS };
}

console.log('call carries                      wall µs   CPU µs');
const row = (name: string, r: { wall: number; cpu: number }) =>
  console.log(`${name.padEnd(32)} ${r.wall.toFixed(1).padStart(8)} ${r.cpu.toFixed(1).padStart(8)}`);
for (const [name, args] of shapes) row(name, measure(args, undefined));
row('one-record batch, timeout 200 ms', measure(shapes[shapes.length - 1][1], 200));
isolate.dispose();
