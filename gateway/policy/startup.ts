// Starts the policy engine for the `policies:` config section: compiles each deployment's
// .ts file with the engine's compiler and deploys it. Any compile or load failure stops
// start-up with an error that names the deployment and the diagnostics (file:line:col).
import type { Logger } from 'pino';
import { compilePolicy, type HostCapabilities, type VerdictSink } from '../../engine/index.ts';
import type { PoliciesConfig } from '../config/schema.ts';
import { PolicyGatewayError } from './errors.ts';
import { PolicyService } from './service.ts';

export async function startPolicies(
  config: PoliciesConfig,
  log: Logger,
  options: { onVerdict?: VerdictSink; capabilities?: HostCapabilities } = {},
): Promise<PolicyService> {
  const svc = await PolicyService.create(log, { workers: config.workers, ...options });
  try {
    for (const [i, d] of config.deployments.entries()) {
      const where = `policies.deployments[${i}] (${d.id})`;
      const compiled = await compilePolicy({ entry: d.file });
      if (!compiled.ok) {
        const lines = compiled.diagnostics.map(
          (x) => `${x.file ?? d.file}:${x.line ?? 0}:${x.column ?? 0} ${x.code} ${x.message}`,
        );
        throw new PolicyGatewayError(
          'SLUICE_POLICY_LOAD_FAILED',
          `${where}: compile failed\n  ${lines.join('\n  ')}`,
          {
            details: { policy: d.id, diagnostics: compiled.diagnostics },
          },
        );
      }
      try {
        await svc.deploy({
          id: d.id,
          policy: compiled.policy,
          config: d.config,
          scope: d.scope,
          priority: d.priority,
          mode: d.mode,
          onError: d.onError,
          ...(d.kmsKeys ? { kmsKeys: d.kmsKeys } : {}),
          ...(d.limits ? { limits: d.limits } : {}),
        });
      } catch (err) {
        throw new PolicyGatewayError(
          'SLUICE_POLICY_LOAD_FAILED',
          `${where}: ${err instanceof Error ? err.message : String(err)}`,
          { details: { policy: d.id } },
        );
      }
    }
  } catch (err) {
    await svc.close();
    throw err;
  }
  log.info({ policies: svc.list().map((p) => `${p.id}@${p.revision.slice(0, 19)}`) }, 'policies active');
  return svc;
}
