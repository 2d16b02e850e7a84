import type { Command, Option } from 'commander';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { givenOptions } from '../../../src/cli/command-kit.js';
import { buildProgram } from '../../../src/cli/program.js';
import { FAST_RUN_OPTIONS, FAST_RUN_SHORT, parseRunArgv, type ParsedRunArgv } from '../../../src/cli/run-argv.js';
import { sessionCommandOptions } from '../../../src/cli/session/session-command-options.js';
import { sessionSparkOptions } from '../../../src/cli/session/session-flags.js';
import { COMMON_OPTIONS } from '../../../src/submit/common-options.js';
import type { DeclaredOption } from '../../../src/submit/declared-option.js';

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
const runTableOptions = [...COMMON_OPTIONS.filter((o) => o.group !== 'staging'), ...sessionCommandOptions('run')];

/** The ways to give `option` once on a command line, with a value it accepts. */
function spellings(option: DeclaredOption): string[][] {
  if (option.arg === undefined) return [[option.long]];
  const value = option.choices?.[0] ?? 'x';
  return [[option.long, value], ...(option.short ? [[option.short, value]] : []), [`${option.long}=${value}`]];
}

describe("livy run's own argument parser (the start-up fast path)", () => {
  it('knows the options the command tree gives `livy run` from the same tables, and no other', () => {
    const treeOptions = runCommand()
      .options.map((o: Option) => o.long!)
      .filter((long) => !sparkOptionNames.has(long));
    expect(Object.keys(FAST_RUN_OPTIONS).sort()).toEqual(treeOptions.sort());
    expect(Object.keys(FAST_RUN_OPTIONS).sort()).toEqual(runTableOptions.map((o) => o.long).sort());
  });

  it.each(runTableOptions.flatMap(spellings).map((argv) => [argv]))('reads %j itself, as the command tree does', (argv) => {
    const fast = parseRunArgv(argv);
    expect(fast).toBeDefined();
    expect(fast).toEqual(treeParse(argv));
  });

  it.each(runTableOptions.filter((o) => o.repeatable).map((o) => [o.long]))('reads %s given twice into a list', (long) => {
    const argv = [long, 'a', long, 'b'];
    expect(parseRunArgv(argv)).toEqual(treeParse(argv));
  });

  it.each(runTableOptions.filter((o) => o.choices).map((o) => [o.long]))(
    'leaves %s with a value not among its choices to the command tree',
    (long) => {
      expect(parseRunArgv([long, 'cobol'])).toBeUndefined();
      expect(treeParse([long, 'cobol'])).toHaveProperty('error');
    },
  );

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
