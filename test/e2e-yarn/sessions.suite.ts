// An interactive pyspark session on YARN: the driver is an application master in a container.
import { expect, it } from 'vitest';
import { describeLivy } from '../e2e/helpers.js';
import { livy } from './yarn-helpers.js';

describeLivy('sessions on YARN', () => {
  it('a pyspark session runs Python and a SQL statement, then goes away', async () => {
    const r = await livy([
      'run',
      '-k',
      'pyspark',
      '-e',
      'print("ROWS", spark.range(1000).count())',
      '-e',
      'print("SQL", spark.sql("select 40 + 2 as answer").collect()[0].answer)',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ROWS 1000$/m);
    expect(r.stdout).toMatch(/^SQL 42$/m);
  });
});
