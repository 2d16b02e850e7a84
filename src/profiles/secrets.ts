import { execFileSync } from 'node:child_process';
import { REDACTED } from '../client/redact.js';
import { CliError, UsageError } from '../errors/cli-error.js';
import type { SecretRef } from './schema.js';

type Env = Record<string, string | undefined>;

/** A secret as `show` prints it: never its value. */
export function describeSecret(ref: SecretRef | undefined): string | undefined {
  if (!ref) return undefined;
  switch (ref.from) {
    case 'env':
      return `env:${ref.name}`;
    case 'command':
      return `command:${ref.command}`;
    case 'stored':
      return `${REDACTED} (stored)`;
  }
}

/** The same, as data for `--output json`. */
export function secretForJson(ref: SecretRef | undefined): Record<string, string> | undefined {
  if (!ref) return undefined;
  if (ref.from === 'stored') return { from: 'stored', value: REDACTED };
  return { ...ref };
}

/**
 * The secret's value, resolved now: an environment variable, a command's standard output (one
 * trailing newline removed), or the stored value. `what` names it in errors, which never include
 * the value or the command's output.
 */
export function resolveSecret(ref: SecretRef, what: string, env: Env): string {
  switch (ref.from) {
    case 'stored':
      return ref.value;
    case 'env': {
      const value = env[ref.name];
      if (value === undefined || value === '') {
        throw new UsageError(`${what} comes from the environment variable ${ref.name}, which is not set`, `export ${ref.name}=… first`);
      }
      return value;
    }
    case 'command': {
      let stdout: string;
      try {
        stdout = execFileSync('/bin/sh', ['-c', ref.command], {
          env: env as NodeJS.ProcessEnv,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 60_000,
          maxBuffer: 1024 * 1024,
        });
      } catch (error) {
        const status = (error as { status?: number | null }).status;
        const signal = (error as { signal?: string | null }).signal;
        throw new CliError(
          `${what} comes from the command '${ref.command}', which failed (${signal ? `signal ${signal}` : `exit ${status ?? '?'}`})`,
          'usage',
          'run the command yourself to see why',
        );
      }
      const value = stdout.replace(/\r?\n$/, '');
      if (value === '') throw new UsageError(`${what} comes from the command '${ref.command}', which printed nothing`);
      return value;
    }
  }
}
