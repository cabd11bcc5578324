// Client-id safeguard, with the config keys of the well-known gateway's
// ClientIdRequiredPolicyPlugin: every request's client id must match `namingConvention`. BLOCK
// refuses the request (that api's error response with POLICY_VIOLATION), INFO logs, OVERRIDE
// sends `clientIdTemplate` upstream instead ({{clientId}}, {{user}}, {{vcluster}}, {{apiKey}},
// {{apiKeyVersion}}, {{timestampMillis}}, {{uuid}}; the gateway's own host and IP are empty).
import { accept, definePolicy, ErrorCodes, field, modify, reject } from '../../sdk/index.ts';
import { fullMatch } from './rules.ts';

function uuid(): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export default definePolicy({
  name: 'client-id-required-policy',
  description: 'Client ids must follow a naming convention.',
  version: '1.0.0',
  config: {
    namingConvention: field.string({
      default: '.*',
      description: 'A regular expression every client id must match.',
    }),
    action: field.string({ default: 'BLOCK', enum: ['BLOCK', 'INFO', 'OVERRIDE'] }),
    clientIdTemplate: field.string({
      default: '',
      description: 'With OVERRIDE: the client id to send instead.',
    }),
  },
  init(config) {
    fullMatch(config.namingConvention);
    if (config.action === 'OVERRIDE' && config.clientIdTemplate === '')
      throw new Error('OVERRIDE needs clientIdTemplate');
  },
  onRequest(req, ctx) {
    const c = ctx.config;
    const id = req.clientId ?? '';
    if (fullMatch(c.namingConvention).test(id)) return accept();
    const message = `Request parameters do not satisfy the configured policy. clientId '${id}' is invalid, naming convention is '${c.namingConvention}'`;
    if (c.action === 'BLOCK') return reject(message, { errorCode: ErrorCodes.POLICY_VIOLATION });
    if (c.action === 'INFO') {
      ctx.log.warn(message);
      return accept();
    }
    const vars: Record<string, string> = {
      clientId: id,
      user: ctx.principal.replace(/^User:/, ''),
      vcluster: ctx.listener,
      apiKey: String(req.apiKey),
      apiKeyVersion: String(req.apiVersion),
      timestampMillis: String(Date.now()),
      uuid: uuid(),
    };
    return modify({
      request: {
        clientId: c.clientIdTemplate.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => vars[k] ?? ''),
      },
    });
  },
});
