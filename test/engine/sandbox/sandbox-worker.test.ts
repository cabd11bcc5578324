// The sandbox worker in-process, without a child process: what it answers, in which order and
// in how many writes. What only a real process shows (a wedged or aborted worker, its kill and
// replacement) is in pool.test.ts and hostile.test.ts.

import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import type { FromWorker, RunItem, SandboxLimits } from '../../../engine/sandbox/messages.ts';
import { DEFAULT_LIMITS } from '../../../engine/sandbox/messages.ts';
import type { WorkerPort } from '../../../engine/sandbox/sandbox-worker.ts';
import { SandboxWorker } from '../../../engine/sandbox/sandbox-worker.ts';
import { compile, policySource } from '../helpers.ts';
import { payload, slowSource, wctx } from './fixtures.ts';

type Answer = Exclude<FromWorker, { t: 'many' }>;

/** The host's end: every message the worker sent, the writes they came in, and waiting for one. */
class Inbox implements WorkerPort {
  readonly messages: Answer[] = [];
  writes = 0;
  #waiters: (() => void)[] = [];

  send(m: FromWorker): void {
    this.writes++;
    this.messages.push(...(m.t === 'many' ? (m.msgs as Answer[]) : [m]));
    for (const w of this.#waiters.splice(0)) w();
  }

  /** The first message that `match` accepts, once it has been sent. */
  async next(match: (m: Answer) => boolean): Promise<Answer> {
    for (;;) {
      const found = this.messages.find(match);
      if (found) return found;
      await new Promise<void>((r) => this.#waiters.push(r));
    }
  }

  answer(id: number): Promise<Answer> {
    return this.next((m) => 'id' in m && m.id === id);
  }
}

let worker: SandboxWorker | undefined;
afterEach(() => worker?.close());

function start(queueTimeoutMs = 5000): { w: SandboxWorker; inbox: Inbox } {
  const inbox = new Inbox();
  worker = new SandboxWorker(inbox, { queueTimeoutMs });
  return { w: worker, inbox };
}

let nextId = 1;

async function load(
  w: SandboxWorker,
  inbox: Inbox,
  key: string,
  source: string,
  limits: Partial<SandboxLimits> = {},
  config = {},
) {
  const policy = await compile(source);
  const id = nextId++;
  w.receive({ t: 'load', id, key, code: policy.code, config, limits: { ...DEFAULT_LIMITS, ...limits } });
  return inbox.answer(id);
}

/** Sends one group (one `run` message) and resolves with its answers, in item order. */
function runGroup(w: SandboxWorker, inbox: Inbox, key: string, values: string[], at = Date.now()) {
  const items: RunItem[] = values.map((v) => ({ id: nextId++, ctx: wctx, payload: payload(v), at }));
  w.receive({ t: 'run', key, hook: 'onProduce', items });
  return Promise.all(items.map((i) => inbox.answer(i.id)));
}

/**
 * A hostile bundle: `policy` (a definePolicy expression), with the runtime it installs wrapped
 * so that every drain reports `calls` (an expression over the real drain's result `d`).
 */
const drainRewritten = (policy: string, calls: string) =>
  policySource(`const p = ${policy};
    let rt; Object.defineProperty(globalThis, '__sluice', { configurable: true, get() { return rt && { ...rt, drain() { const d = rt.drain(); return { done: d.done, calls: ${calls} }; } }; }, set(v) { rt = v; } });
    export default p;`);

const capCalls = (inbox: Inbox) => inbox.messages.filter((m) => m.t === 'cap');

const outcome = (m: Answer) => (m.t === 'result' ? 'ok' : m.t === 'failed' ? m.kind : m.t);

describe('sandbox worker', () => {
  test('Given a started worker, Then it says ready; Given a policy loaded, Then it answers with the manifest and resolved config', async () => {
    const { w, inbox } = start();
    w.start();
    await inbox.next((m) => m.t === 'ready');
    const loaded = await load(
      w,
      inbox,
      'sized',
      policySource(
        `export default definePolicy({ name: 'sized', config: { max: field.integer({ default: 3 }) }, onProduce: () => accept() });`,
      ),
    );
    assert.equal(loaded.t, 'loaded');
    assert.deepEqual(loaded.t === 'loaded' && [loaded.manifest.name, loaded.manifest.hooks, loaded.config], [
      'sized',
      ['onProduce'],
      { max: 3 },
    ]);
    assert.deepEqual(w.loadedKeys, ['sized']);
  });

  test('Given a config the policy refuses or a bundle that loops at load time, When loaded, Then the load fails as config or timeout and nothing stays loaded', async () => {
    const { w, inbox } = start();
    const sized = policySource(
      `export default definePolicy({ name: 'sized', config: { max: field.integer() }, onProduce: () => accept() });`,
    );
    const config = await load(w, inbox, 'sized', sized, {}, { max: 'lots' });
    assert.deepEqual(config.t === 'load-failed' && config.kind, 'config');
    const spin = policySource(
      `while (true) {}\nexport default definePolicy({ name: 'x', onProduce: accept });`,
    );
    const spun = await load(w, inbox, 'spin', spin, { loadTimeoutMs: 100 });
    assert.deepEqual(spun.t === 'load-failed' && spun.kind, 'timeout');
    assert.deepEqual(w.loadedKeys, []);
  });

  test('Given a group of three batches, When it runs, Then every batch is answered and the answers leave in one write', async () => {
    const { w, inbox } = start();
    await load(w, inbox, 'echo', slowSource(0));
    const writes = inbox.writes;
    const answers = await runGroup(w, inbox, 'echo', ['a', 'b', 'c']);
    assert.deepEqual(answers.map(outcome), ['ok', 'ok', 'ok']);
    assert.equal(inbox.writes - writes, 1);
  });

  test('Given the batches of one group, When one loops forever, Then only it times out and the batches after it run on a rebuilt isolate', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'picky',
      policySource(
        `let n = 0; export default definePolicy({ name: 'picky', onProduce(b) { if (b.records[0].text() === 'loop') { while (true) {} } return reject('batch ' + (n++) + ' of this isolate'); } });`,
      ),
      { deadlineMs: 100 },
    );
    const answers = await runGroup(w, inbox, 'picky', ['a', 'loop', 'b']);
    assert.deepEqual(answers.map(outcome), ['ok', 'timeout', 'ok']);
    const messages = answers.map((a) =>
      a.t === 'result' ? (a.result.verdict as { message: string }).message : '',
    );
    assert.deepEqual(messages, ['batch 0 of this isolate', '', 'batch 0 of this isolate']);
  });

  // Moved from pool.test.ts. Regression (review): a group for a policy the worker no longer
  // holds made the worker yield before every batch without starting one, forever.
  test('Given a policy unloaded while a request of 3 batches is on its way, Then each batch is answered unavailable and the worker keeps serving', async () => {
    const { w, inbox } = start();
    await load(w, inbox, 'gone', slowSource(0));
    await load(w, inbox, 'stays', slowSource(0));
    const replies = runGroup(w, inbox, 'gone', ['x', 'x', 'x']);
    w.receive({ t: 'unload', key: 'gone' });
    assert.deepEqual((await replies).map(outcome), ['unavailable', 'unavailable', 'unavailable']);
    assert.deepEqual((await runGroup(w, inbox, 'stays', ['y'])).map(outcome), ['ok']);
  });

  // Moved from pool.test.ts. Regression (review): when one batch's deadline stopped the
  // isolate, a sibling batch still awaiting a capability reply failed as `memory`, a
  // non-retriable refusal it had not earned.
  test('Given two batches of one group awaiting capability replies, When the first runs past its deadline, Then it times out and the second gets a retriable failure, not a memory refusal', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'two-ways',
      policySource(
        `export default definePolicy({ name: 'two-ways', async onProduce(b, ctx) { if (b.records[0].text() === 'first') { const end = Date.now() + 100; while (Date.now() < end) {} } await ctx.schemas.get(1); return accept(); } });`,
      ),
      { deadlineMs: 200 },
    );
    const replies = runGroup(w, inbox, 'two-ways', ['first', 'second']);
    // The first batch's call never gets its reply; the second's comes after 150 ms.
    await inbox.next(() => capCalls(inbox).length === 2);
    const second = capCalls(inbox)[1];
    setTimeout(
      () => w.receive({ t: 'cap-reply', cid: second.cid, replies: [{ ok: true, value: null }] }),
      150,
    );
    const [first, last] = await replies;
    assert.equal(outcome(first), 'timeout', JSON.stringify(first));
    assert.equal(outcome(last), 'unavailable', JSON.stringify(last));
  });

  // Regression (review): the worker started the next group while a group's batches still
  // awaited capability replies; a long synchronous group then kept those replies unread.
  test('Given a group awaiting capability replies and a synchronous group behind it, When the replies come, Then the waiting group is answered before the one behind it starts', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'asks',
      policySource(
        `export default definePolicy({ name: 'asks', async onProduce(b, ctx) { await ctx.schemas.get(1); return accept(); } });`,
      ),
    );
    await load(w, inbox, 'busy', slowSource(50));
    const asks = runGroup(w, inbox, 'asks', ['x', 'x']);
    const busy = runGroup(w, inbox, 'busy', ['y']);
    await inbox.next(() => capCalls(inbox).length === 2);
    setTimeout(() => {
      for (const cap of capCalls(inbox))
        w.receive({ t: 'cap-reply', cid: cap.cid, replies: [{ ok: true, value: null }] });
    }, 30);
    const order = [...(await asks), ...(await busy)].map((a) => inbox.messages.indexOf(a));
    assert.deepEqual(
      order.map((i) => outcome(inbox.messages[i])),
      ['ok', 'ok', 'ok'],
    );
    assert.ok(
      order[2] > Math.max(order[0], order[1]),
      'the busy group ran after the asking one was answered',
    );
  });

  test('Given a group that waited past the queue bound, When the worker reaches it, Then its batches are answered as retriable timeouts without running, and a fresh group runs', async () => {
    const { w, inbox } = start(300);
    await load(
      w,
      inbox,
      'strict',
      policySource(`export default definePolicy({ name: 'strict', onProduce: () => reject('ran') });`),
    );
    const stale = await runGroup(w, inbox, 'strict', ['x', 'y'], Date.now() - 1000);
    assert.deepEqual(
      stale.map((a) => a.t === 'failed' && [a.kind, a.queued, /waited over 300 ms/.test(a.message)]),
      [
        ['timeout', true, true],
        ['timeout', true, true],
      ],
    );
    const fresh = await runGroup(w, inbox, 'strict', ['z']);
    assert.equal(fresh[0].t === 'result' && (fresh[0].result.verdict as { kind: string }).kind, 'reject');
  });

  test('Given a policy making three capability calls under Promise.all, Then they reach the host as one message and each reply goes back to its own call', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'three',
      policySource(
        `export default definePolicy({ name: 'three', async onProduce(b, ctx) { const got = await Promise.all([1, 2, 3].map((id) => ctx.schemas.get(id))); return reject(got.map((s) => s.schema).join(',')); } });`,
      ),
    );
    const answers = runGroup(w, inbox, 'three', ['x']);
    await inbox.next(() => capCalls(inbox).length === 1);
    const [cap] = capCalls(inbox);
    assert.ok(cap.t === 'cap');
    assert.deepEqual(
      cap.calls.map((c) => [c.op, (c.args as { id: number }).id]),
      [
        ['schemas.get', 1],
        ['schemas.get', 2],
        ['schemas.get', 3],
      ],
    );
    w.receive({
      t: 'cap-reply',
      cid: cap.cid,
      replies: cap.calls.map((c) => ({ ok: true, value: { schema: `s${(c.args as { id: number }).id}` } })),
    });
    const [answer] = await answers;
    assert.equal(answer.t === 'result' && (answer.result.verdict as { message: string }).message, 's1,s2,s3');
  });

  test('Given a bundle that slips a call outside the capability table in beside a real one, Then the unknown op is refused inside the worker and only the known one reaches the host', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'sneaky',
      drainRewritten(
        `definePolicy({ name: 'sneaky', async onProduce(b, ctx) { const s = await ctx.schemas.get(1); return reject('got ' + JSON.stringify(s)); } })`,
        `[...d.calls, [999, 'fs.read', { path: '/etc/passwd' }]]`,
      ),
    );
    const answers = runGroup(w, inbox, 'sneaky', ['x']);
    await inbox.next(() => capCalls(inbox).length === 1);
    const [cap] = capCalls(inbox);
    assert.deepEqual(cap.t === 'cap' && cap.calls.map((c) => c.op), ['schemas.get']);
    w.receive({ t: 'cap-reply', cid: cap.t === 'cap' ? cap.cid : 0, replies: [{ ok: true, value: null }] });
    const [answer] = await answers;
    assert.equal(answer.t === 'result' && (answer.result.verdict as { message: string }).message, 'got null');
  });

  test('Given a bundle that asks for an unknown op after every answer while its batch never finishes, Then the batch times out at its deadline and the worker keeps answering', async () => {
    const { w, inbox } = start();
    await load(
      w,
      inbox,
      'pester',
      drainRewritten(
        `definePolicy({ name: 'pester', onProduce: () => new Promise(() => {}) })`,
        `[[1, 'fs.read', {}]]`,
      ),
      { deadlineMs: 150 },
    );
    const started = Date.now();
    const [answer] = await runGroup(w, inbox, 'pester', ['x']);
    assert.equal(outcome(answer), 'timeout');
    assert.ok(Date.now() - started < 2000, `answered after ${Date.now() - started} ms`);
    assert.equal(capCalls(inbox).length, 0);
  });

  test('Given a loaded policy and an unknown key, When stats are asked, Then the first has heap figures and the second none', async () => {
    const { w, inbox } = start();
    await load(w, inbox, 'small', slowSource(0));
    w.receive({ t: 'stats', id: 901, key: 'small' });
    w.receive({ t: 'stats', id: 902, key: 'nobody' });
    const [small, nobody] = await Promise.all([inbox.answer(901), inbox.answer(902)]);
    assert.ok(small.t === 'stats' && small.heap && small.heap.usedHeapSize > 0);
    assert.equal(nobody.t === 'stats' && nobody.heap, null);
  });
});
