import { describe, expect, it } from 'vitest';
import { announcesEnd } from '../../../src/client/end-hints.js';

describe('log lines that announce the end of a Spark application', () => {
  it.each([
    '26/11/29 06:58:00 INFO SparkContext: Invoking stop() from shutdown hook',
    '24/01/02 10:00:00 INFO SparkContext: Invoking stop()',
    '24/01/02 10:00:01 INFO SparkContext: Successfully stopped SparkContext',
    '26/11/29 06:58:00 INFO ShutdownHookManager: Shutdown hook called',
    '\t final status: SUCCEEDED',
    '\t final status: FAILED',
  ])('%s', (line) => {
    expect(announcesEnd(line)).toBe(true);
  });

  it.each([
    'HELLO_FROM_BATCH',
    '26/11/29 06:58:00 INFO SparkContext: Running Spark version 3.5.6',
    '26/11/29 06:58:00 INFO ShutdownHookManager: Deleting directory /tmp/spark-1',
    '\t final status: UNKNOWN_STATE',
    'print("SparkContext stopping soon")',
  ])('not: %s', (line) => {
    expect(announcesEnd(line)).toBe(false);
  });
});
