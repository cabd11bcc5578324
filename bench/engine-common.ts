// Helpers shared by the engine benchmarks: sample batches, timing, and process memory.

import { readFileSync } from 'node:fs';
import { pino } from 'pino';
import type { CompiledPolicy } from '../engine/compile.ts';
import { compilePolicy } from '../engine/compile.ts';
import { PolicyEngine } from '../engine/index.ts';
import type { BatchRecord } from '../sdk/host/batch.ts';

/** A policy that accepts every produce batch without looking: what the sandbox crossing alone costs. */
export const EMPTY_POLICY_SOURCE = `import { definePolicy, accept } from 'sluice/sdk';
export default definePolicy({ name: 'empty', onProduce: () => accept() });`;

export const ctx = { principal: 'User:bench', clientId: 'bench', listener: 'bench', apiVersion: 11 };

const enc = new TextEncoder();

/** A JSON document of about `bytes` bytes that matches benchSchema. */
export function jsonRecordOf(bytes: number, i: number): string {
  const base = {
    id: `order-${i}`,
    amount: i % 1000,
    currency: 'EUR',
    customer: { name: 'Ann Example', country: 'DE' },
    note: '',
  };
  const pad = Math.max(0, bytes - JSON.stringify(base).length);
  return JSON.stringify({ ...base, note: 'x'.repeat(pad) });
}

export const benchSchema = {
  type: 'object',
  required: ['id', 'amount', 'currency', 'customer'],
  properties: {
    id: { type: 'string', minLength: 1 },
    amount: { type: 'number', minimum: 0 },
    currency: { type: 'string', enum: ['EUR', 'USD', 'GBP'] },
    customer: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, country: { type: 'string' } },
    },
    note: { type: 'string' },
  },
};

export function batchOf(n: number, bytes: number): BatchRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    key: enc.encode(`k${i}`),
    value: enc.encode(jsonRecordOf(bytes, i)),
    headers: [],
    timestamp: 1_700_000_000_000,
    offsetDelta: i,
  }));
}

export async function compileOrThrow(input: { source?: string; entry?: string }): Promise<CompiledPolicy> {
  const r = await compilePolicy(input);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.policy;
}

export function quietEngine(workers = 1, workerFlags?: string[]): Promise<PolicyEngine> {
  return PolicyEngine.create({ workers, workerFlags, logger: pino({ level: 'silent' }) });
}

/** Runs `fn` `iterations` times after `warmup` runs; returns microseconds per iteration (median of 3 rounds). */
export async function timeIt(
  fn: () => unknown,
  iterations: number,
  warmup = Math.min(200, iterations),
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const rounds: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) await fn();
    rounds.push(((performance.now() - t0) * 1000) / iterations);
  }
  return rounds.sort((a, b) => a - b)[1];
}

/** Resident set size of a process in bytes (Linux). */
export function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : Number.NaN;
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
