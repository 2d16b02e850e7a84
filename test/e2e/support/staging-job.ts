// The job the staging tests submit from a temporary working directory: a PySpark script, a helper
// package directory (for --py-files ./mylib) and a data file (for --files ./ref.csv#ref.csv).
// Run as staged, it prints "STAGED-RESULT mylib 21".
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';

const JOB = `
import csv
from pyspark import SparkFiles
from pyspark.sql import SparkSession
import mylib

spark = SparkSession.builder.getOrCreate()
with open(SparkFiles.get("ref.csv")) as f:
    rows = list(csv.reader(f))
total = spark.sparkContext.parallelize([int(r[1]) for r in rows], 2).map(mylib.triple).sum()
print("STAGED-RESULT %s %d" % (mylib.NAME, total))
spark.stop()
`;

export function stagingWorkingDir(prefix = 'livy-e2e-staging-'): string {
  const dir = tempDir(prefix);
  writeFileSync(join(dir, 'job.py'), JOB);
  writeFileSync(join(dir, 'ref.csv'), 'a,1\nb,2\nc,4\n');
  mkdirSync(join(dir, 'mylib'));
  writeFileSync(join(dir, 'mylib', '__init__.py'), 'NAME = "mylib"\n\ndef triple(x):\n    return 3 * x\n');
  return dir;
}
