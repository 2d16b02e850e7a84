// What the end-to-end suite needs besides Livy (keytool, slapd, a KDC, tmux…). On a developer's
// machine a missing prerequisite skips the tests that need it, with one banner line each; in CI
// (CI set) or with LIVY_E2E=required it fails them, so the real-server part can never be skipped
// silently there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export function e2eRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return ci || env.LIVY_E2E === 'required';
}

export function commandExists(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)));
}

/** The reasons, one per missing thing: commands not on PATH plus the caller's own checks. */
export function missingPrerequisites(commands: string[], other: Array<string | undefined> = []): string[] {
  return [
    ...commands.filter((c) => !commandExists(c)).map((c) => `the command '${c}' is not installed`),
    ...other.filter((r): r is string => Boolean(r)),
  ];
}

const announced = new Set<string>();

function banner(what: string, reasons: string[]): void {
  for (const reason of reasons) {
    const line = `E2E SKIPPED: ${what} — ${reason} (set LIVY_E2E=required to make this a failure)`;
    if (!announced.has(line)) console.log(line);
    announced.add(line);
  }
}

/** `describe` that runs when nothing is missing; else skips (laptop) or fails with the reasons (CI). */
export function describeWith(missing: string[], options: { concurrent?: boolean } = {}): (name: string, body: () => void) => void {
  if (!missing.length) return (name, body) => (options.concurrent ? describe.concurrent(name, body) : describe(name, body));
  if (e2eRequired()) {
    return (name) =>
      describe(name, () => {
        it('has its prerequisites', () => {
          throw new Error(`missing prerequisites: ${missing.join('; ')}`);
        });
      });
  }
  return (name, body) => {
    banner(name, missing);
    describe.skip(name, body);
  };
}

/** `it` with the same rule, for one test that needs more than its neighbours. */
export function itWith(missing: string[]): (name: string, body: () => Promise<void>, timeout?: number) => void {
  if (!missing.length) return (name, body, timeout) => it(name, body, timeout);
  if (e2eRequired()) {
    return (name) =>
      it(name, () => {
        throw new Error(`missing prerequisites: ${missing.join('; ')}`);
      });
  }
  return (name, body, timeout) => {
    banner(name, missing);
    it.skip(name, body, timeout);
  };
}
