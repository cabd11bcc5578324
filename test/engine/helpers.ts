// Shared helpers for engine tests: compile a source string, start an engine whose log lines
// are captured, and build sample batches.

import assert from 'node:assert/strict';
import type { Logger } from 'pino';
import { pino } from 'pino';
import type { CompiledPolicy } from '../../engine/compile.ts';
import { compilePolicy } from '../../engine/compile.ts';
import type { EngineOptions, ProducePartitionBatch, RequestContext } from '../../engine/index.ts';
import { MetricsRegistry, PolicyEngine } from '../../engine/index.ts';
import { Telemetry } from '../../engine/telemetry.ts';
import type { BatchRecord } from '../../sdk/host/batch.ts';

export async function compile(source: string): Promise<CompiledPolicy> {
  const r = await compilePolicy({ source });
  if (!r.ok) assert.fail(`compile failed: ${JSON.stringify(r.diagnostics)}`);
  return r.policy;
}

/** A policy source with the SDK imports most tests need. */
export function policySource(body: string): string {
  return `import { definePolicy, accept, reject, modify, field } from 'sluice/sdk';\n${body}`;
}

export interface LogLine {
  level: number;
  msg: string;
  policy?: string;
  kind?: string;
  [k: string]: unknown;
}

/** A debug-level logger whose lines land, parsed, in `logs`. */
export function captureLogs(): { logger: Logger; logs: LogLine[] } {
  const logs: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void logs.push(JSON.parse(s)) });
  return { logger, logs };
}

/** Telemetry over a fresh registry and a captured logger. */
export function captureTelemetry(): { telemetry: Telemetry; logs: LogLine[] } {
  const { logger, logs } = captureLogs();
  return { telemetry: new Telemetry(logger, new MetricsRegistry()), logs };
}

export async function startEngine(
  options: EngineOptions = {},
): Promise<{ engine: PolicyEngine; logs: LogLine[] }> {
  const { logger, logs } = captureLogs();
  const engine = await PolicyEngine.create({ logger, ...options });
  return { engine, logs };
}

export const ctx: RequestContext = {
  principal: 'User:alice',
  clientId: 'app-1',
  listener: 'internal',
  apiVersion: 11,
};

const enc = new TextEncoder();

export function records(...values: (string | null)[]): BatchRecord[] {
  return values.map((v, i) => ({
    key: enc.encode(`k${i}`),
    value: v === null ? null : enc.encode(v),
    headers: [],
    timestamp: 1_700_000_000_000 + i,
    offsetDelta: i,
  }));
}

export function batch(
  topic: string,
  values: (string | null)[],
  extra: Partial<ProducePartitionBatch> = {},
): ProducePartitionBatch {
  return {
    topic,
    partition: 0,
    records: records(...values),
    producerId: -1,
    transactional: false,
    acks: -1,
    ...extra,
  };
}

export const text = (b: Uint8Array | null) => (b === null ? null : new TextDecoder().decode(b));
