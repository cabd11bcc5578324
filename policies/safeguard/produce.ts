// Produce safeguard, with the config keys of the well-known gateway's ProducePolicyPlugin: for
// topics matching `topic`, the acks producers may use, required record headers, idempotence and
// transactions, allowed codecs and Produce versions. BLOCK refuses the partition batch with
// POLICY_VIOLATION and the message, INFO logs, OVERRIDE rewrites acks or the codec.
import {
  accept,
  type CompressionName,
  definePolicy,
  ErrorCodes,
  field,
  modify,
  reject,
} from '../../sdk/index.ts';
import {
  type Allowed,
  blocked,
  checkRule,
  type Finding,
  type Flag,
  fullMatch,
  judgeAllowed,
  judgeFlag,
  judgeLimit,
  type Limit,
} from './rules.ts';

const CODECS: readonly string[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

export default definePolicy({
  name: 'produce-policy',
  description: 'What producers must use: acks, headers, idempotence, transactions, codecs, versions.',
  version: '1.0.0',
  config: {
    topic: field.string({ default: '.*', description: 'Topics (a regular expression) the rules apply to.' }),
    acks: field.json<Allowed<number> | null>({ default: null }),
    recordHeaderRequired: field.json<Flag | null>({ default: null }),
    idempotenceRequired: field.json<Flag | null>({ default: null }),
    transactionRequired: field.json<Flag | null>({ default: null }),
    compressions: field.json<Allowed<string> | null>({ default: null }),
    version: field.json<Limit | null>({ default: null }),
  },
  init(config) {
    fullMatch(config.topic);
    checkRule('acks', config.acks, 'allowed');
    checkRule('recordHeaderRequired', config.recordHeaderRequired, 'flag');
    checkRule('idempotenceRequired', config.idempotenceRequired, 'flag');
    checkRule('transactionRequired', config.transactionRequired, 'flag');
    checkRule('compressions', config.compressions, 'allowed');
    checkRule('version', config.version, 'limit');
  },
  onProduce(batch, ctx) {
    const c = ctx.config;
    if (!fullMatch(c.topic).test(batch.topic)) return accept();
    const headers = c.recordHeaderRequired ? batch.records.every((r) => r.headers.length > 0) : true;
    const acks = judgeAllowed('acks', batch.acks, c.acks);
    const codec = judgeAllowed(
      'compression',
      batch.compression,
      c.compressions,
      (a, b) => a.toLowerCase() === b.toLowerCase(),
    );
    const findings: (Finding | undefined)[] = [
      acks,
      c.recordHeaderRequired?.value === true && !headers
        ? { action: c.recordHeaderRequired.action ?? 'BLOCK', message: 'Headers are required' }
        : undefined,
      judgeFlag('idempotence', batch.idempotent, c.idempotenceRequired),
      judgeFlag('transaction', batch.transactional, c.transactionRequired),
      codec,
      judgeLimit('Produce version', ctx.apiVersion, c.version),
    ];
    const refusal = blocked(findings);
    if (refusal) return reject(refusal, { errorCode: ErrorCodes.POLICY_VIOLATION });
    for (const f of findings) if (f?.action === 'INFO') ctx.log.warn(f.message, { topic: batch.topic });
    const request: { acks?: number; compression?: CompressionName } = {};
    if (acks?.action === 'OVERRIDE') request.acks = Number(acks.override);
    if (codec?.action === 'OVERRIDE') {
      const to = String(codec.override).toLowerCase();
      if (CODECS.includes(to)) request.compression = to as CompressionName;
    }
    return request.acks === undefined && request.compression === undefined ? accept() : modify({ request });
  },
});
