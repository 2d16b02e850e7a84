import { join } from 'node:path';
import { localPaths } from '../paths.js';

type Env = Record<string, string | undefined>;

/** Where the Hadoop jars are kept (shared cache) and where a cluster keeps its data (run dir). */
export interface HadoopPaths {
  /** `<home>/hadoop-<version>`: jars/, web/webapps/, the POM and the marker. Shared by every run dir. */
  installDir: string;
  jarsDir: string;
  /** Holds `webapps/`; goes on the daemons' classpath. */
  webDir: string;
  pom: string;
  marker: string;
  /** spark-libs zip built once from SPARK_HOME/jars, uploaded to HDFS as spark.yarn.archive. */
  sparkArchive: string;
  /** `<runDir>/hadoop`: everything of one cluster. */
  clusterDir: string;
  /** HADOOP_CONF_DIR (and YARN_CONF_DIR). */
  confDir: string;
  /** SPARK_CONF_DIR for Livy's spark-submit on this cluster. */
  sparkConfDir: string;
  nameDir: string;
  dataDir: string;
  tmpDir: string;
  nmLocalDir: string;
  nmLogDir: string;
  logDir: string;
  /** Written after a successful `NameNode -format`. */
  formatMarker: string;
  /** Written after the Spark archive is in this cluster's HDFS. */
  archiveMarker: string;
  stateFile: string;
  /** Livy's recovery state store (filesystem). */
  recoveryDir: string;
}

export function hadoopPaths(version: string, pysparkVersion: string, env: Env): HadoopPaths {
  const p = localPaths(env);
  const installDir = join(p.home, `hadoop-${version}`);
  const clusterDir = join(p.runDir, 'hadoop');
  const data = join(clusterDir, 'data');
  return {
    installDir,
    jarsDir: join(installDir, 'jars'),
    webDir: join(installDir, 'web'),
    pom: join(installDir, 'pom.xml'),
    marker: join(installDir, '.provisioned.json'),
    sparkArchive: join(p.home, 'spark-archive', `spark-libs-${pysparkVersion}.zip`),
    clusterDir,
    confDir: join(clusterDir, 'conf'),
    sparkConfDir: join(clusterDir, 'spark-conf'),
    nameDir: join(data, 'name'),
    dataDir: join(data, 'data'),
    tmpDir: join(data, 'tmp'),
    nmLocalDir: join(data, 'nm-local'),
    nmLogDir: join(clusterDir, 'container-logs'),
    logDir: join(clusterDir, 'logs'),
    formatMarker: join(data, '.formatted.json'),
    archiveMarker: join(data, '.spark-archive.json'),
    stateFile: join(clusterDir, 'cluster.json'),
    recoveryDir: join(p.runDir, 'livy-recovery'),
  };
}

/** The cluster directory of a run dir, without knowing versions (status, stop). */
export function clusterStateFile(env: Env): string {
  return join(localPaths(env).runDir, 'hadoop', 'cluster.json');
}

/** A daemon's log file in a run dir (it outlives the cluster's state file). */
export function clusterLogFile(name: string, env: Env): string {
  return join(localPaths(env).runDir, 'hadoop', 'logs', `${name}.log`);
}
