// The Kafka errors inside a @platformatic/kafka error: it nests them per partition and per
// record, with the broker's (here: Sluice's) message as `serverErrorMessage`.
export interface KafkaClientError {
  apiId?: string;
  serverErrorMessage?: unknown;
}

export function protocolErrors(err: unknown): KafkaClientError[] {
  const out: KafkaClientError[] = [];
  const walk = (e: unknown) => {
    if (!e || typeof e !== 'object') return;
    const x = e as KafkaClientError & { errors?: unknown[] };
    if (x.apiId) out.push({ apiId: x.apiId, serverErrorMessage: x.serverErrorMessage });
    for (const inner of x.errors ?? []) walk(inner);
  };
  walk(err);
  return out;
}
