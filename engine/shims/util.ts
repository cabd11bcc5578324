// A minimal stand-in for Node's `util`, bundled into policies for allow-listed libraries that
// use a few of its helpers (avsc: inherits, format, debuglog, deprecate). Pure JS; no I/O.

export function inherits(
  ctor: { prototype: object; super_?: unknown },
  superCtor: { prototype: object },
): void {
  ctor.super_ = superCtor;
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

export function format(fmt: unknown, ...args: unknown[]): string {
  if (typeof fmt !== 'string') return [fmt, ...args].map((a) => inspect(a)).join(' ');
  let i = 0;
  const out = fmt.replace(/%[sdifjo%]/g, (m) => {
    if (m === '%%') return '%';
    if (i >= args.length) return m;
    const a = args[i++];
    if (m === '%d' || m === '%i') return String(m === '%i' ? Number.parseInt(String(a), 10) : Number(a));
    if (m === '%f') return String(Number.parseFloat(String(a)));
    if (m === '%j') return safeJson(a);
    return typeof a === 'string' ? a : inspect(a);
  });
  return [out, ...args.slice(i).map((a) => inspect(a))].join(' ');
}

export function inspect(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'object' && v !== null ? safeJson(v) : String(v);
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return '[Circular]';
  }
}

/** Debug logging is off in a sandbox. */
export function debuglog(_section: string): (...args: unknown[]) => void {
  return () => {};
}

export function deprecate<T>(fn: T, _message: string): T {
  return fn;
}

export default { inherits, format, inspect, debuglog, deprecate };
