import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HadoopPaths } from './hadoop-paths.js';

/**
 * spark-defaults.conf for applications Livy submits to this cluster. Users' own settings
 * (--conf, --driver-memory…) override these.
 */
export function sparkDefaults(archiveHdfsPath: string, python: string): Record<string, string> {
  return {
    'spark.yarn.archive': `hdfs://${archiveHdfsPath}`,
    // Without these the driver and executors bind to the machine's external address.
    'spark.yarn.appMasterEnv.SPARK_LOCAL_IP': '127.0.0.1',
    'spark.executorEnv.SPARK_LOCAL_IP': '127.0.0.1',
    // As environment (not spark.pyspark.python) so that --archives env.tar.gz#environment with
    // spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python can replace it.
    'spark.yarn.appMasterEnv.PYSPARK_PYTHON': python,
    'spark.executorEnv.PYSPARK_PYTHON': python,
    // Sized so a session and two batches fit in the NodeManager at once (1 GB containers).
    'spark.driver.memory': '512m',
    'spark.executor.memory': '512m',
    'spark.executor.instances': '1',
    'spark.driver.defaultJavaOptions': '-XX:+UseSerialGC -XX:TieredStopAtLevel=1',
    'spark.executor.defaultJavaOptions': '-XX:+UseSerialGC -XX:TieredStopAtLevel=1',
    'spark.ui.showConsoleProgress': 'false',
    // The application master asks YARN for executors every second instead of every 3 s.
    'spark.yarn.scheduler.heartbeat.interval-ms': '1000',
  };
}

export function writeSparkConf(paths: HadoopPaths, archiveHdfsPath: string, python: string): void {
  mkdirSync(paths.sparkConfDir, { recursive: true });
  const lines = ['# Written by livy-cli at every start of the yarn cluster.'];
  for (const [k, v] of Object.entries(sparkDefaults(archiveHdfsPath, python))) lines.push(`${k} ${v}`);
  writeFileSync(join(paths.sparkConfDir, 'spark-defaults.conf'), lines.join('\n') + '\n');
}
