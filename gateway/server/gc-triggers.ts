// When V8 starts marking the gateway's heap. Under its default trigger V8 began marking again
// soon after each mark-compact ended, with most of the growth it allows still unused: on the
// policy path 3–5 mark-compacts a second on a ~25 MB live heap, each freeing 2–3 MB, GC 28–34 %
// of the gateway's busy time (semi-space sizes and --no-memory-reducer did not change that).
// Triggers given as a share of the growth allowed since the last GC start marking once the heap
// has actually grown. V8 reads them at every allocation-limit
// check, so setting them at start-up takes effect (the heap's sizes could not be set that late).
import { setFlagsFromString } from 'node:v8';

/** Marking starts as a task at 80 % of the growth allowed since the last GC, at once at 95 %. */
const TRIGGERS = ['--incremental-marking-soft-trigger=80', '--incremental-marking-hard-trigger=95'];

/** For the whole process: the gateway is the application, not a library inside one. */
export function setGcTriggers(): void {
  for (const flag of TRIGGERS) setFlagsFromString(flag);
}
