// Name patterns for policy configs, with the syntax of a deployment's scope: globs (`*` any
// run of characters, `?` one character) or regular expressions written `/.../flags`. They run
// inside the sandbox, so a slow regex costs only the policy's own CPU budget.

/**
 * Wildcard match (`*` any run, `?` one character), backtracking only to the last `*`: never
 * exponential, so a pattern from an untrusted bundle cannot stall its matcher.
 */
export function globMatch(pattern: string, value: string): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let mark = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === value[v])) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * One predicate for a list of patterns: true when any matches. Throws an Error naming the
 * pattern when a `/regex/` does not compile or a pattern is empty.
 */
export function nameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const tests = patterns.map((p): ((name: string) => boolean) => {
    if (typeof p !== 'string' || p === '') throw new Error('a pattern must be a non-empty string');
    const re = /^\/(.+)\/([a-z]*)$/.exec(p);
    if (!re) return (name) => globMatch(p, name);
    let r: RegExp;
    try {
      r = new RegExp(re[1], re[2].replace(/[gy]/g, ''));
    } catch (e) {
      throw new Error(`pattern ${p}: ${(e as Error).message}`);
    }
    return (name) => r.test(name);
  });
  return (name) => tests.some((t) => t(name));
}
