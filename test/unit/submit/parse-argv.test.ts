import { describe, expect, test } from 'vitest';
import { parseSubmitArgv } from '../../../src/submit/parse-argv.js';
import { sh, usageError } from './helpers.js';

const parse = (line: string | string[]) => parseSubmitArgv(typeof line === 'string' ? sh(line) : line);

describe('parseSubmitArgv', () => {
  test('keeps options as ordered occurrences with their argv index and spelling', () => {
    const parsed = parse('-c spark.a=1 --name=x --verbose /app.jar');
    expect(parsed.options).toEqual([
      { name: '--conf', value: 'spark.a=1', index: 0, spelling: '-c' },
      { name: '--name', value: 'x', index: 2, spelling: '--name' },
      { name: '--verbose', value: undefined, index: 3, spelling: '--verbose' },
    ]);
    expect(parsed).toMatchObject({ action: 'submit', primaryResource: '/app.jar', primaryResourceIndex: 4, appArgs: [] });
  });

  test('--x=value splits at the first =', () => {
    expect(parse('--conf=spark.a=b=c /app.jar').options[0]).toMatchObject({ name: '--conf', value: 'spark.a=b=c' });
  });

  test('a value option takes the next token even if it starts with -', () => {
    const parsed = parse('--driver-java-options -Dx=1 --name --verbose /app.jar');
    expect(parsed.options.map((o) => [o.name, o.value])).toEqual([
      ['--driver-java-options', '-Dx=1'],
      ['--name', '--verbose'],
    ]);
  });

  test('a value option can take a value that looks like the primary resource separator', () => {
    expect(parse(['--name', '--', '/app.jar']).options[0]?.value).toBe('--');
  });

  test('a spark-submit switch written with =value is still the switch', () => {
    const parsed = parse('--verbose=false --supervise=no /app.jar');
    expect(parsed.options.map((o) => [o.name, o.value])).toEqual([
      ['--verbose', undefined],
      ['--supervise', undefined],
    ]);
    expect(parsed.livy.verbose).toBe(true);
  });

  test('--name= (empty after =) is an unknown option, with a hint', () => {
    const error = usageError(() => parse('--name= /app.jar'));
    expect(error.message).toBe("Unrecognized option '--name='");
    expect(error.hint).toContain("--name ''");
  });

  test('a value with a line break defeats the = form, as Java regex . does', () => {
    const error = usageError(() => parse(['--conf=spark.a=x\ny', '/app.jar']));
    expect(error.message).toContain('Unrecognized option');
  });

  test('-c=... is not an = form', () => {
    const error = usageError(() => parse('-c=spark.a=1 /app.jar'));
    expect(error.message).toBe("Unrecognized option '-c=spark.a=1'");
    expect(error.hint).toContain('-c spark.a=1');
  });

  test.each([
    ['--executor-memmory 2g /app.jar', '--executor-memory'],
    ['--num-executor 2 /app.jar', '--num-executors'],
    ['--drivermemory 2g /app.jar', '--driver-memory'],
    ['-conf spark.a=1 /app.jar', '--conf'],
    ['--dryrun /app.jar', '--dry-run'],
    ['--clas=x.Y /app.jar', '--class'],
  ])('unknown option %s suggests %s', (line, suggestion) => {
    const error = usageError(() => parse(line));
    expect(error.message).toMatch(/^Unrecognized option '/);
    expect(error.hint).toBe(`did you mean ${suggestion}?`);
  });

  test('a far-off unknown option gets a general hint', () => {
    const error = usageError(() => parse('--foo bar /app.jar'));
    expect(error.message).toBe("Unrecognized option '--foo'");
    expect(error.hint).toContain('--help');
  });

  test('the reported name of an unknown --x=value is its name part', () => {
    expect(usageError(() => parse('--fooo=bar /app.jar')).message).toBe("Unrecognized option '--fooo'");
  });

  test('a lone - is an unknown option', () => {
    expect(usageError(() => parse('- /app.jar')).message).toBe("Unrecognized option '-'");
  });

  test('missing value at the end', () => {
    const error = usageError(() => parse('--name'));
    expect(error.message).toBe("Missing argument for option '--name'");
    expect(usageError(() => parse('--conf=')).message).toContain("Unrecognized option '--conf='");
    expect(usageError(() => parse('--class x.Y --timeout')).message).toBe("Missing argument for option '--timeout'");
  });

  test('everything after the primary resource goes verbatim to args', () => {
    const args = ['--master', 'local', '--', '-v', '', '--conf', 'a=b', '--help', 'x y', 'ünï'];
    const parsed = parse(['--class', 'a.B', '/app.jar', ...args]);
    expect(parsed).toMatchObject({ action: 'submit', appArgs: args });
  });

  test('-- has no special meaning before the resource', () => {
    expect(usageError(() => parse('-- /app.jar')).message).toBe("Unrecognized option '--'");
  });

  test('an empty primary resource is an error', () => {
    expect(usageError(() => parse(['--class', 'a.B', ''])).message).toContain('empty');
  });

  test('no primary resource', () => {
    const error = usageError(() => parse('--class com.example.Job'));
    expect(error.message).toBe('Must specify a primary resource (JAR or Python or R file)');
    expect(usageError(() => parse([])).message).toContain('Must specify a primary resource');
  });

  describe('actions', () => {
    test('--kill ID', () => {
      expect(parse('--kill 42')).toMatchObject({ action: 'kill', submissionId: '42' });
    });
    test('--status=ID', () => {
      expect(parse('--status=7 --url http://h:8998')).toMatchObject({
        action: 'status',
        submissionId: '7',
        livy: { url: 'http://h:8998' },
      });
    });
    test('--kill with --status is an error', () => {
      expect(usageError(() => parse('--kill 1 --status 2')).message).toBe('--status cannot be combined with --kill');
    });
    test('--kill twice is an error', () => {
      expect(usageError(() => parse('--kill 1 --kill 2')).message).toBe('--kill given twice');
    });
    test('--kill with an application warns that it is ignored', () => {
      const parsed = parse('--kill 3 /app.jar a b');
      expect(parsed).toMatchObject({ action: 'kill', submissionId: '3' });
      expect(parsed.warnings[0]).toContain("Ignoring '/app.jar'");
    });
    test('--kill needs a non-empty id', () => {
      expect(usageError(() => parse(['--kill', ''])).message).toContain('--kill needs a batch id');
    });
    test('--help shows the usage', () => {
      expect(parse('-h').action).toBe('help');
      expect(parse('--help /app.jar --foo').action).toBe('help');
    });
    test("--help with an unknown option is an error, as in Spark's launcher (it reads every option first)", () => {
      expect(usageError(() => parse('--foo --help')).message).toContain('--foo');
      expect(usageError(() => parse('--help --foo')).message).toBe("Unrecognized option '--foo'");
    });
    test('--help with an option missing its value is an error', () => {
      expect(usageError(() => parse('--help --name')).message).toContain("Missing argument for option '--name'");
    });
    test('--help wins over actions that come after it', () => {
      expect(parse('--help --kill 1 --status 2').action).toBe('help');
    });
    test('--version needs no resource but reads the rest', () => {
      expect(parse('--version').action).toBe('version');
      expect(usageError(() => parse('--version --foo')).message).toContain('--foo');
    });
    test('--version with --kill is an error', () => {
      expect(usageError(() => parse('--version --kill 1')).message).toContain('cannot be combined');
    });
    test('--usage-error is a usage error', () => {
      expect(usageError(() => parse('--usage-error /app.jar')).hint).toContain('--help');
    });
  });

  describe('livy-only options', () => {
    test('are resolved into a typed object', () => {
      const parsed = parse(
        '--url http://livy:8998 --header "X-A: 1" --header=X-B:2 -o json --dry-run --async --timeout 1h30m --kill-on-interrupt --driver-log --no-color --debug --log-file run.log -v /app.jar',
      );
      expect(parsed.livy).toEqual({
        url: 'http://livy:8998',
        headers: ['X-A: 1', 'X-B:2'],
        output: 'json',
        dryRun: true,
        async: true,
        timeoutMs: 5_400_000,
        killOnInterrupt: true,
        driverLog: true,
        noColor: true,
        debug: true,
        logFile: 'run.log',
        verbose: true,
      });
      expect(parsed.options.map((o) => o.name)).toEqual(['--verbose']);
    });
    test('defaults', () => {
      expect(parse('/app.jar').livy).toEqual({
        headers: [],
        dryRun: false,
        async: false,
        killOnInterrupt: false,
        driverLog: false,
        noColor: false,
        debug: false,
        verbose: false,
      });
    });
    test('after the primary resource they are app arguments', () => {
      const parsed = parse('/app.jar --dry-run --url x');
      expect(parsed).toMatchObject({ appArgs: ['--dry-run', '--url', 'x'], livy: { dryRun: false } });
    });
    test('bad --output', () => {
      expect(usageError(() => parse('-o yaml /app.jar')).message).toBe("--output must be 'text' or 'json', got 'yaml'");
    });
    test('bad --timeout', () => {
      expect(usageError(() => parse('--timeout soon /app.jar')).message).toContain('--timeout');
    });
    test('bad --header', () => {
      expect(usageError(() => parse('--header nocolon /app.jar')).message).toContain('--header');
    });
    test('our switches refuse =value', () => {
      expect(usageError(() => parse('--dry-run=false /app.jar')).message).toBe('--dry-run does not take a value');
    });
    test('our value options take a dash value like spark-submit ones', () => {
      expect(parse('--log-file -weird /app.jar').livy.logFile).toBe('-weird');
    });
  });
});
