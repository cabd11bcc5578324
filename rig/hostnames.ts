// Runs client commands with chosen hostnames (gateway.sluice.test, brokermain0-gateway.sluice.test…)
// resolving to 127.0.0.1 without touching the machine's /etc/hosts: the command runs in a
// private mount namespace where a hosts file of ours is bind-mounted over /etc/hosts
// (`unshare -m`; as non-root `unshare -r -m`, which needs unprivileged user namespaces). Java
// tools also resolve through the same file when started with -Djdk.net.hosts.file, which the
// rig's bin scripts add when SLUICE_HOSTS_FILE is set.
import { writeFileSync } from 'node:fs';
import { RigError } from './errors.ts';

export interface HostsEntry {
  name: string;
  /** Defaults to 127.0.0.1; tests only ever send traffic to loopback. */
  address?: string;
}

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Writes a hosts file mapping `names` to loopback, plus localhost (a JVM started with
 * jdk.net.hosts.file resolves ONLY from that file, so it must name localhost too).
 */
export function writeHostsFile(path: string, names: Array<string | HostsEntry>): string {
  const lines = ['127.0.0.1 localhost', '::1 localhost ip6-localhost ip6-loopback'];
  for (const entry of names) {
    const { name, address = '127.0.0.1' } = typeof entry === 'string' ? { name: entry } : entry;
    if (!HOSTNAME.test(name)) {
      throw new RigError('SLUICE_RIG_INVALID_ARGUMENT', `not a valid hostname: ${JSON.stringify(name)}`);
    }
    if (!address.startsWith('127.') && address !== '::1') {
      throw new RigError(
        'SLUICE_RIG_INVALID_ARGUMENT',
        `hosts entries must point to loopback, got ${address}`,
      );
    }
    lines.push(`${address} ${name}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

export interface WrappedCommand {
  command: string;
  args: string[];
  /** Environment additions: SLUICE_HOSTS_FILE for the rig's Java tools. */
  env: Record<string, string>;
}

/**
 * The command line that runs `command args` with `hostsFile` as its /etc/hosts. Spawn the
 * result with `{ env: { ...process.env, ...wrapped.env } }`.
 */
export function withHostsFile(hostsFile: string, command: string, args: string[] = []): WrappedCommand {
  // Root may create a mount namespace directly; anyone else first needs a user namespace in
  // which they are root (-r), where the kernel allows unprivileged user namespaces.
  const namespaces = process.getuid?.() === 0 ? ['-m'] : ['-r', '-m'];
  return {
    command: 'unshare',
    // util-linux unshare makes the new namespace's mounts private, so the bind mount never
    // reaches the host's namespace. "$0" is the hosts file, "$@" the command.
    args: [
      ...namespaces,
      'sh',
      '-c',
      'mount --bind "$0" /etc/hosts && exec "$@"',
      hostsFile,
      command,
      ...args,
    ],
    env: { SLUICE_HOSTS_FILE: hostsFile },
  };
}
