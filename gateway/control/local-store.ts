// The policy store in a local directory: one file per key, holding the entry and its place in
// the log. A write goes to a temporary file, is fsynced, renamed over the key's file and the
// directory fsynced, so a key's file is always a whole entry, old or new, whenever the process
// dies (kill -9 mid-push leaves at most a stray temporary file, ignored and swept at start).
import { randomUUID } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { LogEntry } from './state.ts';
import type { PolicyStore } from './store.ts';

const ENTRY_SUFFIX = '.json';
const TEMP_SUFFIX = '.tmp';

function fileOf(key: string): string {
  return `${encodeURIComponent(key)}${ENTRY_SUFFIX}`;
}

export class LocalPolicyStore implements PolicyStore {
  readonly writer: string;
  readonly #dir: string;
  #next = 0;
  #onEntry: ((e: LogEntry) => void) | undefined;
  #chain: Promise<unknown> = Promise.resolve();

  constructor(dir: string, writer = 'local') {
    this.#dir = join(dir, 'policy-log');
    this.writer = writer;
  }

  async start(onEntry: (e: LogEntry) => void): Promise<void> {
    mkdirSync(this.#dir, { recursive: true });
    const entries: LogEntry[] = [];
    for (const name of readdirSync(this.#dir)) {
      if (name.endsWith(TEMP_SUFFIX)) {
        rmSync(join(this.#dir, name), { force: true });
        continue;
      }
      if (!name.endsWith(ENTRY_SUFFIX)) continue;
      entries.push(JSON.parse(readFileSync(join(this.#dir, name), 'utf8')) as LogEntry);
    }
    entries.sort((a, b) => a.offset - b.offset);
    for (const e of entries) onEntry(e);
    this.#next = entries.length > 0 ? entries[entries.length - 1].offset + 1 : 0;
    this.#onEntry = onEntry;
  }

  put(key: string, value: unknown): Promise<number> {
    const write = this.#chain.then(() => this.#write(key, value));
    this.#chain = write.catch(() => undefined);
    return write;
  }

  #write(key: string, value: unknown): number {
    const offset = this.#next++;
    const file = join(this.#dir, fileOf(key));
    if (value === null) {
      rmSync(file, { force: true });
    } else {
      const temp = join(this.#dir, `${randomUUID()}${TEMP_SUFFIX}`);
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, JSON.stringify({ key, value, offset } satisfies LogEntry));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, file);
    }
    const dirFd = openSync(this.#dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
    this.#onEntry?.({ key, value, offset });
    return offset;
  }

  async close(): Promise<void> {
    await this.#chain;
    this.#onEntry = undefined;
  }
}
