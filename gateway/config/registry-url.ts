// What a schema registry URL may look like, for config validation and the registry client.
// Here (not in gateway/registry/) because gateway/config imports nothing above it.

/** The problem with a registry URL, or null when it is usable. */
export function registryUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be an http:// or https:// URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be an http:// or https:// URL';
  // Credentials in the URL would end up in log lines; they have their own keys.
  if (u.username !== '' || u.password !== '')
    return 'must not carry credentials (use basicAuth or bearerToken)';
  if (u.search !== '' || u.hash !== '') return 'must not have a query or fragment';
  return null;
}
