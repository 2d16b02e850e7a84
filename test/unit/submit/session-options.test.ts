import { describe, expect, test } from 'vitest';
import { parseSessionArgv, translateSessionOptions } from '../../../src/submit/session-options.js';
import { fakeContext, sh, usageError } from './helpers.js';

const session = (line: string, local = false) => {
  const parsed = parseSessionArgv(sh(line));
  return translateSessionOptions(parsed.options, fakeContext({ local }));
};

describe('session options share the batch mapping', () => {
  test('resources and conf, in the same order and with the same rules', () => {
    const { request, warnings } = session(
      '--conf spark.executor.memory=4g --executor-memory 2g --num-executors 2 --driver-memory 1g --jars hdfs:///a.jar --packages g:a:1 --queue q --name repl-1 --master yarn',
    );
    expect(request).toEqual({
      name: 'repl-1',
      jars: ['hdfs:///a.jar'],
      driverMemory: '1g',
      executorMemory: '2g',
      numExecutors: 2,
      queue: 'q',
      conf: { 'spark.jars.packages': 'g:a:1' },
    });
    expect(Object.keys(request)).toEqual(['name', 'jars', 'driverMemory', 'executorMemory', 'numExecutors', 'queue', 'conf']);
    expect(warnings).toHaveLength(2);
  });

  test('relative paths resolve only for a local server', () => {
    expect(session('--py-files lib/util.py', true).request).toEqual({ pyFiles: ['file:///home/me/project/lib/util.py'] });
    expect(usageError(() => session('--py-files lib/util.py')).message).toContain('relative path');
  });

  test('--class is refused', () => {
    expect(usageError(() => session('--class a.B')).message).toContain('--class');
  });

  test('a positional argument is refused', () => {
    expect(usageError(() => session('--name x app.jar')).message).toContain("Unexpected argument 'app.jar'");
  });

  test('--kill belongs to batches', () => {
    expect(usageError(() => parseSessionArgv(sh('--kill 3'))).message).toContain('--kill is for batches');
  });

  test('--help and livy options', () => {
    expect(parseSessionArgv(sh('--help')).action).toBe('help');
    expect(parseSessionArgv(sh('--url http://h:1 -o json')).livy).toMatchObject({ url: 'http://h:1', output: 'json' });
  });

  test('the same validation errors', () => {
    expect(usageError(() => session('--executor-cores 0')).message).toContain('Executor cores');
    expect(usageError(() => session('--name 123')).message).toContain('all digits');
  });
});
