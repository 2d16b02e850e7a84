import { listFiles } from '../fs-util.js';
import { join } from 'node:path';

/** The Hadoop client bundled with pyspark 3.5.x; used when the Spark jars do not say otherwise. */
export const DEFAULT_HADOOP_VERSION = '3.3.4';

/**
 * The Hadoop version of the client inside a Spark distribution (`jars/hadoop-client-api-3.3.4.jar`
 * → "3.3.4"), so the daemons speak exactly the protocol Spark and Livy expect.
 */
export function hadoopVersionOfSpark(sparkHome: string): string {
  for (const f of listFiles(join(sparkHome, 'jars'))) {
    const m = /^hadoop-client-(?:api|runtime)-(\d+\.\d+\.\d+)\.jar$/.exec(f);
    if (m) return m[1]!;
  }
  return DEFAULT_HADOOP_VERSION;
}
