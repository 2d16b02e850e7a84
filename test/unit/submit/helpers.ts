import { expect } from 'vitest';
import { CliError } from '../../../src/errors/cli-error.js';
import { parseSubmitArgv } from '../../../src/submit/parse-argv.js';
import type { TranslateContext } from '../../../src/submit/spark-resources.js';
import { translateSubmit, type BatchTranslation } from '../../../src/submit/translate.js';

/** Splits a command line like a POSIX shell would for simple cases: spaces, '...' and "..." quotes. */
export function sh(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let inToken = false;
  let quote: '"' | "'" | undefined;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else current += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inToken = true;
    } else if (c === ' ') {
      if (inToken) out.push(current);
      current = '';
      inToken = false;
    } else {
      current += c;
      inToken = true;
    }
  }
  if (inToken) out.push(current);
  return out;
}

export interface FakeWorld {
  cwd?: string;
  local?: boolean;
  /** The local server runs Spark on its YARN cluster. */
  localYarn?: boolean;
  /** Files readable on this machine, by absolute path. */
  files?: Record<string, string>;
  /** Extra paths that exist on this machine. */
  existing?: string[];
}

export function fakeContext(world: FakeWorld = {}): TranslateContext {
  const files = world.files ?? {};
  return {
    cwd: world.cwd ?? '/home/me/project',
    isLocalTarget: world.local ?? false,
    localTargetOnYarn: world.localYarn ?? false,
    readTextFile(path: string) {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    pathExists: (path: string) => path in files || (world.existing ?? []).includes(path),
  };
}

/** Parses and translates a submission. */
export function submit(argv: string[] | string, world: FakeWorld = {}): BatchTranslation {
  const parsed = parseSubmitArgv(typeof argv === 'string' ? sh(argv) : argv);
  if (parsed.action !== 'submit') throw new Error(`expected a submission, got ${parsed.action}`);
  return translateSubmit(parsed, fakeContext(world));
}

/** Runs `fn`, expecting a CliError with exit code 2, and returns it. */
export function usageError(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    return error as CliError;
  }
  throw new Error('expected a usage error, but nothing was thrown');
}
