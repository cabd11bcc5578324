// Reads sluice.yaml, applies SLUICE_* environment overrides and validates the result.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import { GatewayError } from '../errors.ts';
import { applyEnvOverrides, type EnvOverrideResult } from './env.ts';
import type { SluiceConfig } from './schema.ts';
import { validateConfig } from './validate.ts';

export interface LoadedConfig {
  config: SluiceConfig;
  path: string;
  env: EnvOverrideResult;
}

export function loadConfig(file: string, env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new GatewayError('SLUICE_CONFIG_NOT_FOUND', `cannot read configuration file ${path}`, { cause });
  }
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new GatewayError('SLUICE_CONFIG_PARSE', `${path}: not valid YAML: ${message}`, { cause });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new GatewayError('SLUICE_CONFIG_PARSE', `${path}: the top level must be a mapping`);
  }
  const envResult = applyEnvOverrides(raw as Record<string, unknown>, env);
  const config = validateConfig(raw, { baseDir: dirname(path), source: path });
  return { config, path, env: envResult };
}
