import type { Command, Option } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, givenOptions } from '../../../src/cli/command-kit.js';
import { buildProgram } from '../../../src/cli/program.js';
import { FAST_RUN_OPTIONS, FAST_RUN_SHORT, parseRunArgv, type ParsedRunArgv } from '../../../src/cli/run-argv.js';
import { sessionSparkOptions } from '../../../src/cli/session/session-flags.js';

const io = {
  stdout: { write: () => true },
  stderr: { write: () => true },
  stdin: process.stdin,
  env: {},
  cwd: process.cwd(),
};

/** `livy run ARGV` through the command tree: what its handler would get, or the error commander reports. */
function treeParse(argv: readonly string[]): ParsedRunArgv | { error: string } {
  const program = buildProgram(io);
  const run = program.commands.find((c) => c.name() === 'run')!;
  let parsed: ParsedRunArgv | undefined;
  run.action((...args: unknown[]) => {
    const command = args.at(-1) as Command;
    parsed = { options: givenOptions(command) as ParsedRunArgv['options'], operands: command.args };
  });
  try {
    program.parse(['run', ...argv], { from: 'user' });
  } catch (error) {
    return { error: (error as Error).message };
  }
  return parsed!;
}

const runCommand = (): Command => buildProgram().commands.find((c) => c.name() === 'run')!;
const sparkOptionNames = new Set(sessionSparkOptions().map((o) => o.name));

describe("livy run's own argument parser (the start-up fast path)", () => {
  it('knows every option of `livy run` but the spark-submit ones, spelled and typed as on the command tree', () => {
    const treeOptions = runCommand().options.filter((o: Option) => !sparkOptionNames.has(o.long!));
    const described = treeOptions.map((o: Option) => ({
      long: o.long,
      short: o.short,
      key: o.attributeName(),
      arity: o.negate ? 'negated' : !o.required ? 'flag' : o.parseArg === collect ? 'list' : 'value',
      choices: o.argChoices,
    }));
    const fast = Object.entries(FAST_RUN_OPTIONS).map(([long, o]) => ({
      long,
      short: Object.entries(FAST_RUN_SHORT).find(([, name]) => name === long)?.[0],
      key: o.key,
      arity: o.arity,
      choices: o.choices ? [...o.choices] : undefined,
    }));
    const byName = (a: { long?: string }, b: { long?: string }) => a.long!.localeCompare(b.long!);
    expect(fast.sort(byName)).toEqual(described.sort(byName));
  });

  it.each([
    [['--session', '3', '-e', '1+1']],
    [['-s', '3', '-e', '1+1', '-e', 'x = 2', '-o', 'json']],
    [['--kind=pyspark', 'job.py', '--no-split', '--keep-going', '--timeout', '10m']],
    [['-k', 'sql', '-', '--url', 'http://livy:8998', '-H', 'X-A: 1', '-H', 'X-B: 2', '--insecure', '--ca-cert', 'ca.pem']],
    [['--session', 'nightly', '--execute', '-1', '--no-color', '-v', '--debug', '-p', 'prod', '--request-timeout', '2m']],
    [['-e', '--', '--', '-e']],
    [['--kind', 'spark', '--keep', '--start-timeout', '5m', '--heartbeat-timeout', '90s', '--image-dir', '/tmp/x', 'a.scala']],
  ])('reads %j itself, exactly as the command tree does', (argv) => {
    const fast = parseRunArgv(argv);
    expect(fast).toBeDefined();
    expect(fast).toEqual(treeParse(argv));
  });

  it.each([
    [['--help']],
    [['-h']],
    [['--kind', 'cobol', '-e', '1']],
    [['-o', 'yaml', '-e', '1']],
    [['--driver-memory', '2g', '-k', 'pyspark', '-e', '1']],
    [['--conf', 'spark.x=1', '-e', '1']],
    [['-e']],
    [['a.py', 'b.py']],
    [['-vk', 'pyspark', '-e', '1']],
    [['-e1+1']],
    [['--keep=yes']],
    [['--frobnicate']],
  ])('leaves %j to the command tree', (argv) => {
    expect(parseRunArgv(argv)).toBeUndefined();
  });

  it('never reads arguments differently from the command tree (random command lines)', () => {
    const optionTokens = [...Object.keys(FAST_RUN_OPTIONS), ...Object.keys(FAST_RUN_SHORT), '--conf', '--help', '-x', '--color'];
    const token = fc.oneof(
      fc.constantFrom(...optionTokens),
      fc
        .constantFrom(...optionTokens)
        .chain((name) => fc.constantFrom('pyspark', 'json', 'x', '', '-', '--', '-1').map((v) => `${name}=${v}`)),
      fc.constantFrom('pyspark', 'sql', 'text', 'json', '1+1', 'job.py', '-', '--', '-1', '3', ''),
    );
    let read = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (argv) => {
        const fast = parseRunArgv(argv);
        if (!fast) return;
        read++;
        expect(treeParse(argv), JSON.stringify(argv)).toEqual(fast);
      }),
      { numRuns: 3000 },
    );
    expect(read).toBeGreaterThan(300);
  });
});
