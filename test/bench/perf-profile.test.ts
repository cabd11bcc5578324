// The perf profile summary: samples read from `perf script -F tid,ip,sym`, sorted into kinds of
// work by their whole stack (or their leaf, for JavaScript and malloc), and inclusive shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byKind, inclusive, parsePerfScript, topLeaves } from '../../bench/perf-profile.ts';

// perf pads the tid line on both sides (" 7448 "), so it looks like an address with no name.
const sample = (tid: number, ...frames: string[]) =>
  ` ${tid} \n${frames.map((f, i) => `\t    ${(0x1000 + i).toString(16)} ${f}`).join('\n')}\n\n`;

const script = [
  sample(
    7,
    '_copy_from_iter',
    'tcp_sendmsg_locked',
    'do_writev',
    'do_syscall_64',
    'entry_SYSCALL_64_after_hwframe',
    'writev',
    'JS:*flushTo file:///x/frame-output.ts:79:10',
  ),
  sample(7, '_copy_to_iter', 'tcp_recvmsg', 'ksys_read', 'do_syscall_64', 'uv__read', 'uv_run'),
  sample(7, 'Builtins_LoadIC', 'JS:*push file:///x/frame-stream.ts:62:7', 'uv_run'),
  sample(7, 'JS:*push file:///x/frame-stream.ts:62:7', 'uv_run'),
  sample(
    7,
    'v8::internal::Scavenger::Process',
    'v8::internal::Heap::CollectGarbage',
    'JS:*push file:///x/frame-stream.ts:62:7',
  ),
  sample(
    7,
    'ossl_aes_gcm_encrypt_avx512',
    'node::crypto::CipherBase::Update',
    'JS:*seal file:///x/envelope.ts:1:1',
  ),
  sample(9, 'malloc', 'node::ipc_serdes::Serialize (/usr/bin/node)', 'JS:*send node:x'),
  sample(9, '_int_malloc', 'v8::internal::Factory::NewString'),
].join('');

test('Given perf script output, when parsed, then each sample keeps its thread and frames leaf first, without the module suffix', () => {
  const samples = parsePerfScript(script);
  assert.equal(samples.length, 8);
  assert.deepEqual(
    samples.map((s) => s.tid),
    [7, 7, 7, 7, 7, 7, 9, 9],
  );
  assert.equal(samples[0].frames[0], '_copy_from_iter');
  assert.equal(samples[6].frames[1], 'node::ipc_serdes::Serialize');
});

test('Given samples of several kinds, when sorted by kind, then a stack kind wins over the leaf and the shares add up', () => {
  const kinds = new Map(byKind(parsePerfScript(script)));
  assert.equal(kinds.get('syscall write'), 1 / 8);
  assert.equal(kinds.get('syscall read'), 1 / 8);
  assert.equal(kinds.get('JavaScript and builtins'), 2 / 8);
  assert.equal(kinds.get('GC'), 1 / 8, 'a scavenge under a JS frame is GC');
  assert.equal(kinds.get("Node's crypto (cipher objects, OpenSSL)"), 1 / 8);
  assert.equal(kinds.get('IPC serialise'), 1 / 8, 'malloc under the serialiser is serialisation');
  assert.equal(kinds.get('malloc/free'), 1 / 8);
  assert.equal(
    [...kinds.values()].reduce((a, b) => a + b, 0),
    1,
  );
});

test('Given a frame pattern, when its inclusive share is asked, then every sample with that frame anywhere counts once', () => {
  const samples = parsePerfScript(script);
  assert.equal(inclusive(samples, /frame-stream\.ts/), 3 / 8);
  assert.equal(inclusive(samples, /nothing-like-this/), 0);
  assert.equal(inclusive([], /x/), 0);
  assert.deepEqual(topLeaves(samples, 1), [['_copy_from_iter', 1 / 8]]);
});
