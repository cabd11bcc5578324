// What `sluice` exits with, so a script can tell "the server said no" from "the server is not
// there" from "wrong password" without reading stderr. Documented in docs/cli.md.

export const EXIT = {
  /** Done. */
  OK: 0,
  /** The server refused the operation (a 4xx other than authentication or not found: an invalid
   *  policy, a conflict, a stale If-Match), policy tests failed, or the gateway could not start. */
  FAILED: 1,
  /** The command line is wrong: unknown command or option, missing argument, unreadable input file. */
  USAGE: 2,
  /** The admin API could not be reached (connection, DNS, TLS, timeout) or answered 5xx. */
  UNAVAILABLE: 3,
  /** The admin API refused the credentials (401), the role (403) or the address (429 after failed logins). */
  AUTH: 4,
  /** The policy, revision or route does not exist (404). */
  NOT_FOUND: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code for an HTTP status the admin API answered with. */
export function exitForStatus(status: number): ExitCode {
  if (status < 400) return EXIT.OK;
  if (status === 401 || status === 403 || status === 429) return EXIT.AUTH;
  if (status === 404) return EXIT.NOT_FOUND;
  if (status >= 500) return EXIT.UNAVAILABLE;
  return EXIT.FAILED;
}
