// Option values that need more than commander gives: whole numbers in a range, comma lists,
// a JSON object from a file, stdin or the command line, and If-Match. A bad value is a usage
// error (exit 2).
import { readFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { usageError } from './errors.ts';

export function integer(min: number, max: number) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return Number(v);
  };
}

export const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function jsonObject(text: string, where: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw usageError(`${where}: not JSON: ${(err as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw usageError(`${where}: must be a JSON object`);
  return value as Record<string, unknown>;
}

export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw usageError(`${file}: ${(err as Error).message}`);
  }
}

export interface ConfigOptions {
  config?: string;
  configJson?: string;
}

export function configOf(o: ConfigOptions): Record<string, unknown> | undefined {
  if (o.config !== undefined) return jsonObject(readInput(o.config), o.config);
  if (o.configJson !== undefined) return jsonObject(o.configJson, '--config-json');
  return undefined;
}

export function configOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--config <json-file>', "the policy's config, a JSON object in a file (- for stdin)"),
    )
    .addOption(
      new Option('--config-json <json>', "the policy's config as a JSON object").conflicts('config'),
    );
}

export const ifMatchOption = () =>
  new Option(
    '--if-match <generation>',
    'only if the policy is still at this generation (from `get`); refused with exit 1 otherwise',
  ).argParser(integer(0, Number.MAX_SAFE_INTEGER));

export const ifMatchHeader = (generation: number | undefined): Record<string, string> =>
  generation === undefined ? {} : { 'if-match': `"${generation}"` };
