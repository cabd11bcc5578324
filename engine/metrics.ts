// A small in-process counter registry. Policies' counters are labelled with the policy name;
// the gateway's /metrics endpoint renders the registry in Prometheus text format.

export type Labels = Readonly<Record<string, string>>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map(
      (k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    )
    .join(',');
}

export class Counter {
  readonly name: string;
  readonly help: string;
  readonly #values = new Map<string, { labels: Labels; value: number }>();

  constructor(name: string, help: string) {
    this.name = name;
    this.help = help;
  }

  inc(labels: Labels = {}, by = 1): void {
    const key = labelKey(labels);
    const cur = this.#values.get(key);
    if (cur) cur.value += by;
    else this.#values.set(key, { labels: { ...labels }, value: by });
  }

  /** The value for exactly these labels (0 when never incremented). */
  get(labels: Labels = {}): number {
    return this.#values.get(labelKey(labels))?.value ?? 0;
  }

  /** The sum over every label set that includes `partial`. */
  sum(partial: Labels = {}): number {
    let total = 0;
    for (const { labels, value } of this.#values.values()) {
      if (Object.entries(partial).every(([k, v]) => labels[k] === v)) total += value;
    }
    return total;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [key, { value }] of this.#values) lines.push(`${this.name}${key ? `{${key}}` : ''} ${value}`);
    return lines.join('\n');
  }
}

export class MetricsRegistry {
  readonly #counters = new Map<string, Counter>();

  /** Returns the counter with this name, creating it on first use. */
  counter(name: string, help: string): Counter {
    let c = this.#counters.get(name);
    if (!c) {
      c = new Counter(name, help);
      this.#counters.set(name, c);
    }
    return c;
  }

  get(name: string): Counter | undefined {
    return this.#counters.get(name);
  }

  /** Prometheus text exposition format. */
  render(): string {
    return `${[...this.#counters.values()].map((c) => c.render()).join('\n')}\n`;
  }
}
