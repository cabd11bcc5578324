// Read-only topics, with the config keys of the well-known gateway's ReadOnlyTopicPolicyPlugin:
// topics matching `topic` take no writes. Produce batches are refused with
// TOPIC_AUTHORIZATION_FAILED (clients report "Not authorized to access topics"), and so are
// AlterConfigs / IncrementalAlterConfigs of those topics; INFO only logs.
import { accept, definePolicy, ErrorCodes, field, reject } from '../../sdk/index.ts';
import { fullMatch } from './rules.ts';

export default definePolicy({
  name: 'read-only-topic-policy',
  description: 'Topics that take no writes.',
  version: '1.0.0',
  config: {
    topic: field.string({ default: '.*', description: 'Topics (a regular expression) that are read-only.' }),
    action: field.string({ default: 'BLOCK', enum: ['BLOCK', 'INFO'] }),
  },
  init(config) {
    fullMatch(config.topic);
  },
  onProduce(batch, ctx) {
    if (!fullMatch(ctx.config.topic).test(batch.topic)) return accept();
    return refuse(ctx, `Topic '${batch.topic}' is read only`);
  },
  onAlterConfigs(req, ctx) {
    const topic = fullMatch(ctx.config.topic);
    const hit = req.resources.find((r) => r.type === 'topic' && topic.test(r.name));
    return hit ? refuse(ctx, `Topic '${hit.name}' is read only`) : accept();
  },
});

function refuse(ctx: { config: { action: string }; log: { warn(m: string): void } }, message: string) {
  if (ctx.config.action === 'INFO') {
    ctx.log.warn(message);
    return accept();
  }
  return reject(message, { errorCode: ErrorCodes.TOPIC_AUTHORIZATION_FAILED });
}
