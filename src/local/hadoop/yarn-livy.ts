import { chmodSync, mkdirSync } from 'node:fs';
import type { HadoopPaths } from './hadoop-paths.js';

/**
 * livy.conf settings for a Livy that runs Spark on the local YARN cluster: cluster deploy mode
 * (the driver is the application master) and recovery, so a restarted Livy finds its batches and
 * sessions again.
 */
export function yarnLivyConf(paths: HadoopPaths): Record<string, string> {
  return {
    'livy.spark.master': 'yarn',
    'livy.spark.deploy-mode': 'cluster',
    'livy.server.recovery.mode': 'recovery',
    'livy.server.recovery.state-store': 'filesystem',
    'livy.server.recovery.state-store.url': `file://${paths.recoveryDir}`,
    // Livy asks the ResourceManager for application states this often (default 5 s).
    'livy.server.yarn.poll-interval': '1s',
    // On a loaded laptop, spark-submit, YARN and the driver's JVM can take minutes where a cluster
    // takes seconds: the defaults (120 s to see the application, 90 s for a session's driver to
    // call back) would declare healthy applications dead.
    'livy.server.yarn.app-lookup-timeout': '600s',
    'livy.rsc.server.connect.timeout': '600s',
  };
}

/** Environment of the Livy server (and the spark-submit it runs): where YARN and the Spark defaults are. */
export function yarnLivyEnv(paths: HadoopPaths): Record<string, string | undefined> {
  return {
    // spark-submit hands its own PYSPARK_DRIVER_PYTHON to the application master, where it would beat
    // a job's spark.yarn.appMasterEnv.PYSPARK_PYTHON (a packed environment from --archives); the
    // cluster's spark-defaults.conf names the python for the driver and executors instead.
    PYSPARK_DRIVER_PYTHON: undefined,
    HADOOP_CONF_DIR: paths.confDir,
    YARN_CONF_DIR: paths.confDir,
    SPARK_CONF_DIR: paths.sparkConfDir,
    // The spark-submit JVM Livy runs for each batch and session only submits to YARN: a quick start
    // matters more than peak speed on a shared 2-core machine.
    SPARK_SUBMIT_OPTS: '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC',
  };
}

/** Livy refuses (warns about) a state store readable by others. */
export function prepareRecoveryDir(paths: HadoopPaths): void {
  mkdirSync(paths.recoveryDir, { recursive: true, mode: 0o700 });
  chmodSync(paths.recoveryDir, 0o700);
}
