import { describe, expect, it } from 'vitest';
import { LivyError } from '../../../src/client/errors.js';
import { describeError } from '../../../src/cli/report-error.js';
import { InterruptedError, UsageError } from '../../../src/errors/cli-error.js';
import { LocalInputError, LocalPrerequisiteError, LocalProvisionError, LocalServerError } from '../../../src/local/errors.js';

describe('the one mapper from errors to a line and an exit code', () => {
  it('a usage error: its message and hint, exit 2', () => {
    expect(describeError(new UsageError('--conf needs KEY=VALUE', 'e.g. --conf a=b'), undefined)).toEqual({
      message: '--conf needs KEY=VALUE',
      hint: 'e.g. --conf a=b',
      exitCode: 2,
    });
  });

  it('Ctrl-C: "interrupted", exit 130', () => {
    expect(describeError(new InterruptedError('SIGINT'), undefined)).toEqual({ message: 'interrupted', exitCode: 130 });
  });

  it("a plain LivyError (the client's bad URL) is a usage error, exit 2", () => {
    expect(describeError(new LivyError("Invalid Livy URL 'x'"), undefined).exitCode).toBe(2);
  });

  it('anything else is a bug in livy, exit 3', () => {
    const report = describeError(new TypeError('x is undefined'), undefined);
    expect([report.message, report.exitCode]).toEqual(['unexpected error: x is undefined', 3]);
  });

  it('a missing prerequisite of livy local is not a bug: exit 3 with what to do', () => {
    const report = describeError(new LocalPrerequisiteError('Java 17 is needed; install a JDK'), undefined);
    expect(report).toEqual({ message: 'Java 17 is needed; install a JDK', hint: 'then run `livy local start` again', exitCode: 3 });
  });

  it('an unusable input of livy local is a usage error, exit 2', () => {
    expect(describeError(new LocalInputError('not a Livy source release'), undefined).exitCode).toBe(2);
  });

  it('a failed provisioning shows the tool output under the message', () => {
    const report = describeError(new LocalProvisionError('the Maven build failed', '[ERROR] BUILD FAILURE'), undefined);
    expect(report.message).toBe('the Maven build failed\n[ERROR] BUILD FAILURE');
  });

  it("a port in use is the user's to fix, exit 2", () => {
    expect(describeError(new LocalServerError('port 8998 is in use', 'port-in-use'), undefined).exitCode).toBe(2);
  });

  it("a server that exited shows its log's last lines, exit 3", () => {
    const report = describeError(new LocalServerError('the local Livy exited', 'exited', 'java.net.BindException'), undefined);
    expect([report.message, report.exitCode]).toEqual(['the local Livy exited\nlast lines of the server log:\njava.net.BindException', 3]);
  });
});
