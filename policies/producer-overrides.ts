// Producer configuration overrides: the acks and compression a platform team wants
// everywhere, applied on the way to the broker instead of in every client's config. Both are
// rewritten per partition batch; the gateway keeps the client's own view of acks (it
// synthesises or swallows the response) and never lowers an idempotent producer's acks.

import type { CompressionName } from '../sdk/index.ts';
import { accept, definePolicy, field, modify } from '../sdk/index.ts';

const ACKS = { keep: undefined, all: -1, leader: 1, none: 0 } as const;

export default definePolicy({
  name: 'producer-overrides',
  description: 'Forces producer acks and batch compression.',
  version: '1.0.0',
  config: {
    /** keep | all | leader | none */
    acks: field.string({ default: 'keep', enum: Object.keys(ACKS) }),
    /** keep | none | gzip | snappy | lz4 | zstd */
    compression: field.string({ default: 'keep', enum: ['keep', 'none', 'gzip', 'snappy', 'lz4', 'zstd'] }),
    /** Re-compress only batches whose codec is in this list (empty: every batch). */
    compressFrom: field.stringList({ default: [] }),
  },
  onProduce(batch, ctx) {
    const c = ctx.config;
    const acks = ACKS[c.acks as keyof typeof ACKS];
    const wantAcks = acks !== undefined && acks !== batch.acks ? acks : undefined;
    const codec = c.compression === 'keep' ? undefined : (c.compression as CompressionName);
    const eligible = c.compressFrom.length === 0 || c.compressFrom.includes(batch.compression);
    const wantCodec = codec !== undefined && codec !== batch.compression && eligible ? codec : undefined;
    if (wantAcks === undefined && wantCodec === undefined) return accept();
    return modify({ request: { acks: wantAcks, compression: wantCodec } });
  },
});
