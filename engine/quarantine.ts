// A deployment's quarantine. One whose batches made the host kill its sandbox worker
// QUARANTINE_KILLS times within the window is quarantined: its batches get its onError
// outcome without running, so it stops costing the other policies on its worker a restart
// each time. Each deployment starts with a clean record, so deploying it again lifts it.

export const QUARANTINE_KILLS = 3;
export const QUARANTINE_WINDOW_MS = 60_000;

export class Quarantine {
  /** When the host killed a worker for this deployment (recent ones only). */
  #kills: number[] = [];

  /** Records a kill; true when it is the one that quarantines the deployment. */
  recordKill(now = Date.now()): boolean {
    this.#kills = [...this.#kills.filter((t) => now - t < QUARANTINE_WINDOW_MS), now];
    return this.#kills.length === QUARANTINE_KILLS;
  }

  /** Kills within the window as of the last one recorded. */
  get kills(): number {
    return this.#kills.length;
  }

  isActive(now = Date.now()): boolean {
    return this.#kills.filter((t) => now - t < QUARANTINE_WINDOW_MS).length >= QUARANTINE_KILLS;
  }
}
