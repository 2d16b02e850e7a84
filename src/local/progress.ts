/** Progress reported by provisioning and server start; the CLI renders it (spinner on a TTY, lines otherwise). */
export type LocalStep =
  | 'check' // prerequisites
  | 'pip' // creating the venv / installing pyspark
  | 'maven' // resolving jars with Maven (the Hadoop daemons')
  | 'download' // fetching Livy's binary release (or a source release given by URL)
  | 'build' // building Livy from a source release with Maven
  | 'unpack' // importing a Livy binary distribution
  | 'layout' // arranging jars/, rsc-jars/, repl jars, conf/
  | 'cleanup' // stale state removed
  | 'start' // spawning the JVM
  | 'lock' // waiting for another process that provisions or starts the same thing
  | 'wait' // waiting for GET /version
  | 'ready'
  | 'stop';

export interface LocalProgressEvent {
  step: LocalStep;
  message: string;
  /** Bytes downloaded so far in this step, when known. */
  bytes?: number;
  /** Expected total, when known. */
  totalBytes?: number;
  /** True for the last event of a step. */
  done?: boolean;
}

export type OnProgress = (event: LocalProgressEvent) => void;

export const noProgress: OnProgress = () => {};
