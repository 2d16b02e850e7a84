// `livy local`: provision and run a real Apache Livy + Spark (local mode) on 127.0.0.1.
export { localHome, localPaths, localRunDir, type LocalPaths } from './paths.js';
export { LivyUnavailableError, LocalInputError, LocalPrerequisiteError, LocalProvisionError, LocalServerError } from './errors.js';
export type { LocalProgressEvent, LocalStep, OnProgress } from './progress.js';
export { checkJava, checkMaven, checkPython, parseJavaVersion, type JavaInfo, type PythonInfo } from './prerequisites.js';
export { installedSpark, provisionSpark, type SparkInstall } from './provision-spark.js';
export { installedLivy, provisionLivy, type LivyInstall, type LivySource, type ProvisionLivyOptions } from './provision-livy.js';
export { checkLivyLayout } from './livy-import.js';
export { livyPaths, distributionFileName, type LivyPaths } from './livy-paths.js';
export { APACHE_MIRRORS, mirrorBases, releaseUrl } from './livy-release-download.js';
export { livyConfEntries, renderLivyConf, type LivyConfOptions } from './livy-conf.js';
export { livyJavaOptions, LIVY_JAVA17_EXPORTS, LIVY_JAVA17_OPENS } from './java-options.js';
export {
  isLocalServerUrl,
  readLocalServerState,
  readStateFile,
  sameLocalEndpoint,
  type LocalServerState,
} from './state.js';
export {
  fetchLivyVersion,
  localServerStatus,
  SPARK_BLACKLIST,
  startLocalServer,
  stopLocalServer,
  type LocalServerInfo,
  type LocalServerStatus,
  type StartLocalServerOptions,
  type StopLocalServerOptions,
  type StopResult,
} from './server.js';
export { followFile, localServerLogPath, tailFile } from './logs.js';
export { DEFAULT_PORT, LIVY_VERSION, LIVY_VERSIONS, parseLivyVersion, PYSPARK_VERSION, type LivyVersion } from './versions.js';
