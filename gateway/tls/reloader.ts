// Reloads a listener's certificate when its files change, without a restart and without
// touching open connections: new handshakes get the new context via server.setSecureContext.
// Polling (fs.watchFile) rather than fs.watch because Kubernetes replaces mounted secrets
// with a symlink swap that fs.watch on the old inode does not report.
import { type StatWatcher, unwatchFile, watchFile } from 'node:fs';
import type { Server as TlsServer } from 'node:tls';
import type { Logger } from 'pino';
import type { ServerTlsConfig } from '../config/schema.ts';
import { serverContextOptions, watchedFiles } from './server-context.ts';

export class CertificateReloader {
  #cfg: ServerTlsConfig;
  #servers = new Set<TlsServer>();
  #files: string[];
  #log: Logger;
  #timer: NodeJS.Timeout | undefined;
  #watchers: StatWatcher[] = [];
  #listener = () => this.#schedule();
  /** How many reloads succeeded (exposed for tests and metrics). */
  reloads = 0;

  constructor(cfg: ServerTlsConfig, log: Logger) {
    this.#cfg = cfg;
    this.#files = watchedFiles(cfg);
    this.#log = log;
    for (const f of this.#files) {
      this.#watchers.push(
        watchFile(f, { interval: cfg.reloadIntervalMs, persistent: false }, this.#listener),
      );
    }
  }

  attach(server: TlsServer): void {
    this.#servers.add(server);
  }

  detach(server: TlsServer): void {
    this.#servers.delete(server);
  }

  // Certificate and key are usually written one after the other: wait for both to settle.
  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.reload(), 200);
    this.#timer.unref();
  }

  /** Re-read the files; on a bad pair keep serving the old certificate and say why. */
  reload(): boolean {
    try {
      const options = serverContextOptions(this.#cfg);
      for (const server of this.#servers) server.setSecureContext(options);
      this.reloads++;
      this.#log.info({ files: this.#files }, 'TLS certificate reloaded');
      return true;
    } catch (err) {
      this.#log.error({ err, files: this.#files }, 'TLS certificate reload failed; keeping the previous one');
      return false;
    }
  }

  close(): void {
    clearTimeout(this.#timer);
    for (const f of this.#files) unwatchFile(f, this.#listener);
    this.#watchers = [];
    this.#servers.clear();
  }
}
