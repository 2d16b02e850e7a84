// `livy local`: provision and run a real Apache Livy + Spark (local mode) on 127.0.0.1.
export { type LocalPaths } from './paths.js';
export { LivyUnavailableError } from './errors.js';
export type { LocalProgressEvent, LocalStep, OnProgress } from './progress.js';
export { type JavaInfo, type PythonInfo } from './prerequisites.js';
export { type SparkInstall } from './provision-spark.js';
export { type LivyInstall, type LivySource, type ProvisionLivyOptions } from './provision-livy.js';
export { type LivyPaths } from './livy-paths.js';
export { type LivyConfOptions } from './livy-conf.js';
export { isLocalServerUrl, readLocalServerState, type LocalServerState } from './state.js';
export {
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
export { type LivyVersion } from './versions.js';
