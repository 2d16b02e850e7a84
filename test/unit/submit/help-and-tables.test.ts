import { describe, expect, test } from 'vitest';
import { LIVY_ONLY_OPTIONS, SPARK_SUBMIT_OPTIONS } from '../../../src/submit/options.js';
import { submitHelpText } from '../../../src/submit/help.js';
import { isValidMaster, isValidSparkMemory, parsePositiveInt, sparkMemoryBytes } from '../../../src/submit/spark-size.js';

describe('option tables', () => {
  test('hold every spark-submit option of Spark 3.5 and 4.x', () => {
    const values = [
      '--archives',
      '--class',
      '--conf',
      '--deploy-mode',
      '--driver-class-path',
      '--driver-cores',
      '--driver-java-options',
      '--driver-library-path',
      '--driver-memory',
      '--executor-cores',
      '--executor-memory',
      '--files',
      '--jars',
      '--keytab',
      '--kill',
      '--master',
      '--name',
      '--num-executors',
      '--packages',
      '--exclude-packages',
      '--principal',
      '--properties-file',
      '--proxy-user',
      '--py-files',
      '--queue',
      '--repositories',
      '--status',
      '--total-executor-cores',
      '--remote',
      '--driver-default-class-path',
      '--extra-properties-file',
    ];
    const switches = ['--help', '--supervise', '--usage-error', '--verbose', '--version', '--load-spark-defaults'];
    const byName = new Map(SPARK_SUBMIT_OPTIONS.map((o) => [o.name, o]));
    for (const name of values) expect(byName.get(name)?.takesValue, name).toBe(true);
    for (const name of switches) expect(byName.get(name)?.takesValue, name).toBe(false);
    expect(SPARK_SUBMIT_OPTIONS).toHaveLength(values.length + switches.length);
    expect(byName.get('--conf')?.aliases).toEqual(['-c']);
    expect(byName.get('--help')?.aliases).toEqual(['-h']);
    expect(byName.get('--verbose')?.aliases).toEqual(['-v']);
  });

  test('no spelling is used twice across both tables', () => {
    const spellings = [...SPARK_SUBMIT_OPTIONS, ...LIVY_ONLY_OPTIONS].flatMap((o) => [o.name, ...o.aliases]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});

describe('submitHelpText', () => {
  const help = submitHelpText();

  test('mirrors spark-submit usage lines and groups', () => {
    expect(help).toMatch(/^Usage: livy submit \[options\] <app jar \| python file \| R file> \[app arguments\]\n/);
    expect(help).toContain('Usage: livy submit --kill [batch ID]');
    expect(help).toContain('Usage: livy submit --status [batch ID]');
    for (const title of ['Spark Connect only:', 'Cluster deploy mode only:', 'Spark on YARN only:', 'Spark on YARN and Kubernetes only:']) {
      expect(help).toContain(`\n ${title}\n`);
    }
    expect(help.indexOf('--master MASTER_URL')).toBeLessThan(help.indexOf('--conf, -c PROP=VALUE'));
    expect(help.indexOf('--conf, -c PROP=VALUE')).toBeLessThan(help.indexOf('--driver-memory MEM'));
  });

  test('lists every visible option, with what Livy does, and hides the internal ones', () => {
    for (const option of SPARK_SUBMIT_OPTIONS) {
      if (option.group === 'hidden') expect(help).not.toContain(option.name);
      else expect(help).toContain(`  ${option.name}`);
    }
    for (const option of LIVY_ONLY_OPTIONS) expect(help).toContain(`  ${option.name}`);
    expect(help).toContain('Livy: Validated, then ignored');
  });

  test('documents the exit codes', () => {
    for (const code of ['0', '1', '2', '3', '4', '5', '130']) expect(help).toMatch(new RegExp(`\\n  ${code} +\\S`));
  });

  test('fits in 100 columns', () => {
    for (const line of help.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});

describe('spark value formats', () => {
  test.each(['1', '512m', '4g', '4G', '1kb', '10TB', '2p', ' 4g '])('memory %j is valid', (v) => expect(isValidSparkMemory(v)).toBe(true));
  test.each(['0', '0g', '1.5g', '-1g', 'g', '', '4 g', '4gib', '9000000p', '4e3'])('memory %j is invalid', (v) =>
    expect(isValidSparkMemory(v)).toBe(false),
  );
  test('memory units are powers of 1024', () => expect(sparkMemoryBytes('2k')).toBe(2048n));
  test.each([
    ['1', 1],
    ['+7', 7],
    ['2147483647', 2147483647],
  ])('count %j', (v, n) => expect(parsePositiveInt(v)).toBe(n));
  test.each(['0', '-1', '1.0', '2147483648', ' 1', 'x', ''])('count %j is invalid', (v) => expect(parsePositiveInt(v)).toBeUndefined());
  test.each(['yarn', 'local', 'local[*]', 'spark://h:7077', 'k8s://https://h', 'mesos://h:5050'])('master %s', (m) =>
    expect(isValidMaster(m)).toBe(true),
  );
  test.each(['yarn-cluster', 'mars', ''])('master %j is invalid', (m) => expect(isValidMaster(m)).toBe(false));
});
