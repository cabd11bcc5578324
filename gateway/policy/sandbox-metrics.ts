// Memory of the sandboxes, read when Prometheus scrapes: each active policy's isolate heap
// (asked of its worker) and each sandbox worker process's resident memory (from /proc).
import { readFileSync } from 'node:fs';
import { Gauge, type Registry } from 'prom-client';
import type { PolicyService } from './service.ts';

/** Resident set size of a process in bytes, or undefined where /proc cannot tell. */
function rssBytes(pid: number): number | undefined {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

export function registerSandboxMetrics(registry: Registry, policies: () => PolicyService | undefined): void {
  new Gauge({
    name: 'sluice_policy_heap_bytes',
    help: "An active policy's isolate heap, by kind (used, total, external)",
    labelNames: ['policy', 'kind'],
    registers: [registry],
    async collect() {
      this.reset();
      const svc = policies();
      if (!svc) return;
      for (const p of svc.list()) {
        const heap = await svc.engine.heapStats(p.id);
        if (!heap) continue;
        this.set({ policy: p.id, kind: 'used' }, heap.usedHeapSize);
        this.set({ policy: p.id, kind: 'total' }, heap.totalHeapSize);
        this.set({ policy: p.id, kind: 'external' }, heap.externalBytes);
      }
    },
  });
  new Gauge({
    name: 'sluice_sandbox_worker_resident_bytes',
    help: 'Resident memory of each sandbox worker process',
    labelNames: ['worker'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [i, pid] of (policies()?.engine.workerPids ?? []).entries()) {
        const rss = pid === undefined ? undefined : rssBytes(pid);
        if (rss !== undefined) this.set({ worker: String(i) }, rss);
      }
    },
  });
}
