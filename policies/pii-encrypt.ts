// Field-level encryption of PII in JSON values with a named KMS key. The policy only says
// which fields; the host does the KMS work, so no key material ever enters the sandbox.
// onFetch decrypts for consumers this deployment is scoped to.

import { accept, decryptJsonFields, definePolicy, encryptJsonFields, field, modify } from '../sdk/index.ts';

type Doc = Record<string, unknown>;

function parseAll(records: readonly { json<T>(): T; text(): string | null }[]): (Doc | null)[] {
  return records.map((r) => (r.text() === null ? null : r.json<Doc>()));
}

export default definePolicy({
  name: 'pii-encrypt',
  description: 'Encrypts listed JSON fields on produce and decrypts them on fetch.',
  version: '1.0.0',
  config: {
    keyName: field.string({ description: 'KMS key the deployment is allowed to use.' }),
    fields: field.stringList({ description: 'Dotted paths, e.g. customer.ssn.' }),
    decryptOnFetch: field.boolean({ default: false }),
  },
  async onProduce(batch, ctx) {
    const docs = parseAll(batch.records);
    const present = docs.filter((d): d is Doc => d !== null);
    const n = await encryptJsonFields(ctx, ctx.config.keyName, present, ctx.config.fields);
    if (n === 0) return accept();
    ctx.metrics.count('fields_encrypted', n);
    return modify({
      records: batch.records.map((r, i) =>
        docs[i] === null ? r : r.with({ value: JSON.stringify(docs[i]) }),
      ),
    });
  },
  async onFetch(batch, ctx) {
    if (!ctx.config.decryptOnFetch) return accept();
    const docs = parseAll(batch.records);
    const n = await decryptJsonFields(
      ctx,
      ctx.config.keyName,
      docs.filter((d): d is Doc => d !== null),
      ctx.config.fields,
    );
    if (n === 0) return accept();
    return modify({
      records: batch.records.map((r, i) =>
        docs[i] === null ? r : r.with({ value: JSON.stringify(docs[i]) }),
      ),
    });
  },
});
