// When V8 starts marking the gateway's heap. Its default trigger misfires here: the live heap is
// small (~25 MB) and the request path keeps the free space under the old generation's limit
// below the young generation's capacity, so V8 starts marking again as soon as a mark-compact
// ends. On the policy path that was 3–5 mark-compacts a second, each freeing 2–3 MB, and GC took
// 28–34 % of the gateway's busy time. Triggers given as a share of the growth allowed since the
// last GC start marking once the heap has actually grown. V8 reads them at every allocation-limit
// check, so setting them at start-up takes effect (the heap's sizes could not be set that late).
import { setFlagsFromString } from 'node:v8';

/** Marking starts as a task at 80 % of the growth allowed since the last GC, at once at 95 %. */
const TRIGGERS = ['--incremental-marking-soft-trigger=80', '--incremental-marking-hard-trigger=95'];

/** For the whole process: the gateway is the application, not a library inside one. */
export function setGcTriggers(): void {
  for (const flag of TRIGGERS) setFlagsFromString(flag);
}
