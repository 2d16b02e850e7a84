import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intOption, parseRef } from '../../../src/cli/command-kit.js';
import { parseDuration } from '../../../src/text/duration.js';
import { FakeLivy } from '../../support/fake-livy.js';
import { runCli } from '../../support/run-cli.js';

describe('range checks', () => {
  it('an integer option over a Java int names the flag', () => {
    expect(() => intOption('--size', { min: 1 })('100000000000000000000000')).toThrow(
      "--size must be at most 2147483647, got '100000000000000000000000'",
    );
    expect(intOption('--size', { min: 1 })('2147483647')).toBe(2_147_483_647);
  });

  it('a reference with more digits than an id stays text', () => {
    expect(parseRef('42')).toBe(42);
    expect(parseRef('100000000000000000000000')).toBe('100000000000000000000000');
  });

  it('a duration beyond what a timer can hold names the flag', () => {
    expect(() => parseDuration('99999999999999', '--heartbeat-timeout')).toThrow(
      "--heartbeat-timeout must be at most 24d20h, got '99999999999999'",
    );
    expect(parseDuration('24d', '--timeout')).toBe(24 * 86_400_000);
  });
});

describe('through the CLI: nothing is sent', () => {
  let fake: FakeLivy;
  beforeEach(async () => {
    fake = await new FakeLivy().start();
  });
  afterEach(() => fake.stop());

  it.each([
    [['batches', 'list', '--size', '100000000000000000000000'], /--size must be at most 2147483647/],
    [['batches', 'logs', '1', '--from', '99999999999'], /--from must be at most 2147483647/],
    [['batches', 'get', '100000000000000000000000'], /batch id 100000000000000000000000 is out of range/],
    [['batches', 'kill', '..'], /'\.\.' is not a valid batch name/],
    [['run', '--kind', 'pyspark', '--heartbeat-timeout', '99999999999999', '-e', '1'], /--heartbeat-timeout must be at most 24d20h/],
  ])('%j: exit 2, one line', async (argv, message) => {
    const run = await runCli(argv, { env: { LIVY_URL: fake.url } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(fake.requests).toEqual([]);
  });

  it('livy run /dev/zero: exit 2, the size named, no session created', async () => {
    const run = await runCli(['run', '--kind', 'pyspark', '/dev/zero'], { env: { LIVY_URL: fake.url } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: \/dev\/zero is larger than 16 MiB: that is not code to run$/m);
    expect(fake.requests).toEqual([]);
  });
});
