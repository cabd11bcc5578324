// Business rules every record of a topic must follow: a key, a size limit, required headers
// and, optionally, an allowed content type. Cheap checks, no parsing of values.

import { accept, definePolicy, field, reject } from '../sdk/index.ts';

export default definePolicy({
  name: 'record-rules',
  description: 'Requires keys, caps value size and requires headers on produced records.',
  version: '1.0.0',
  values: 'bytes',
  config: {
    requireKey: field.boolean({ default: true }),
    maxValueBytes: field.integer({ default: 1024 * 1024, min: 1 }),
    requiredHeaders: field.stringList({ default: [] }),
    contentTypes: field.stringList({
      default: [],
      description: 'Allowed values of the content-type header; empty = any.',
    }),
  },
  onProduce(batch, ctx) {
    const { requireKey, maxValueBytes, requiredHeaders, contentTypes } = ctx.config;
    const errors: { index: number; message: string }[] = [];
    for (const r of batch.records) {
      const problems: string[] = [];
      if (requireKey && (r.key === null || r.key.length === 0)) problems.push('a key is required');
      if ((r.value?.length ?? 0) > maxValueBytes)
        problems.push(`value is ${r.value?.length} bytes, limit ${maxValueBytes}`);
      const missing = requiredHeaders.filter((h) => !r.headers.some((x) => x.key === h));
      if (missing.length > 0) problems.push(`missing header(s) ${missing.join(', ')}`);
      if (contentTypes.length > 0) {
        const ct = r.header('content-type');
        if (ct === null || !contentTypes.includes(ct))
          problems.push(`content-type ${ct ?? '(none)'} is not allowed`);
      }
      if (problems.length > 0) errors.push({ index: r.index, message: problems.join('; ') });
    }
    if (errors.length === 0) return accept();
    ctx.metrics.count('refused_records', errors.length);
    return reject(`record ${errors[0].index}: ${errors[0].message}`, { recordErrors: errors });
  },
});
