/**
 * The option tables of `livy submit`: every spark-submit option (Spark 3.5 and 4.x) with what it
 * means to spark-submit and what reaches Livy, plus the livy-only options accepted in the same
 * place. The parser, the translator and the help text are all driven by these tables.
 */

import { commonOptions, type CommonOption } from './common-options.js';

/** spark-submit's help groups, in the order its usage text prints them. */
export const HELP_GROUPS = [
  { id: 'app', title: undefined },
  { id: 'config', title: undefined },
  { id: 'driver', title: undefined },
  { id: 'executor', title: undefined },
  { id: 'impersonation', title: undefined },
  { id: 'utility', title: undefined },
  { id: 'connect', title: 'Spark Connect only:' },
  { id: 'cluster-deploy', title: 'Cluster deploy mode only:' },
  { id: 'standalone-cluster', title: 'Spark standalone with cluster deploy mode only:' },
  { id: 'standalone-k8s-cluster', title: 'Spark standalone or K8s with cluster deploy mode only:' },
  { id: 'standalone', title: 'Spark standalone only:' },
  { id: 'standalone-yarn-k8s', title: 'Spark standalone, YARN and Kubernetes only:' },
  { id: 'yarn-k8s', title: 'Spark on YARN and Kubernetes only:' },
  { id: 'yarn', title: 'Spark on YARN only:' },
  { id: 'hidden', title: undefined },
] as const;

export type HelpGroup = (typeof HELP_GROUPS)[number]['id'];

/** Fields of the Livy request a dedicated option can fill. */
export type ResourceField =
  | 'className'
  | 'name'
  | 'proxyUser'
  | 'jars'
  | 'pyFiles'
  | 'files'
  | 'archives'
  | 'driverMemory'
  | 'driverCores'
  | 'executorMemory'
  | 'executorCores'
  | 'numExecutors'
  | 'queue';

/** How an option's value is checked before it is sent. */
export type ValueKind = 'text' | 'memory' | 'count' | 'path-list';

/** What `livy submit` does with an option. */
export type LivyMapping =
  /**
   * A request field; a `--conf` of any `shadows` key is overridden and dropped. A `--conf` of a
   * `keeps` key is sent too: Livy merges the field into that key or leaves the key beside it.
   */
  | { kind: 'field'; field: ResourceField; value: ValueKind; shadows: readonly string[]; keeps?: readonly string[] }
  /** A conf key; the option beats a `--conf` of the same key whatever the order. */
  | { kind: 'conf'; key: string; value: ValueKind }
  /**
   * A conf key the Spark launcher rewrites the option into, in the same map as `--conf`:
   * the later of the option and a `--conf` of that key wins.
   */
  | { kind: 'launcher-conf'; key: string; value: ValueKind }
  /** `--conf KEY=VALUE`. */
  | { kind: 'conf-pair' }
  | { kind: 'properties-file' }
  /** Accepted and validated, then dropped with a warning. */
  | { kind: 'dropped' }
  /** Cannot be expressed through Livy: an error. */
  | { kind: 'rejected' }
  /** Turns the command into something other than a submission. */
  | { kind: 'action'; action: 'help' | 'version' | 'kill' | 'status' | 'usage-error' }
  /** Handled on this machine only. */
  | { kind: 'client' };

export interface SparkSubmitOption {
  /** Canonical long name, as spark-submit's parser reports it. */
  readonly name: string;
  /** Other spellings (`-c`, `-h`, `-v`). */
  readonly aliases: readonly string[];
  readonly takesValue: boolean;
  /** Placeholder shown in help (`MEM`, `NUM`...). */
  readonly metavar?: string;
  readonly group: HelpGroup;
  /** spark-submit's own description. */
  readonly help: string;
  /** One line on what Livy does with it, shown in help. */
  readonly livyNote?: string;
  readonly livy: LivyMapping;
  /** First Spark version with the option, when later than 3.0. */
  readonly since?: string;
}

const text = 'text' as const;

/** Every spark-submit option, in help order within each group. */
export const SPARK_SUBMIT_OPTIONS: readonly SparkSubmitOption[] = [
  // Application and dependencies.
  {
    name: '--master',
    aliases: [],
    takesValue: true,
    metavar: 'MASTER_URL',
    group: 'app',
    help: 'spark://host:port, yarn, k8s://https://host:port, or local (Default: local[*]).',
    livyNote: 'Validated, then ignored: the server decides (livy.spark.master).',
    livy: { kind: 'dropped' },
  },
  {
    name: '--deploy-mode',
    aliases: [],
    takesValue: true,
    metavar: 'DEPLOY_MODE',
    group: 'app',
    help: 'Whether to launch the driver program locally ("client") or on one of the worker machines inside the cluster ("cluster") (Default: client).',
    livyNote: 'Validated (client|cluster), then ignored: the server decides (livy.spark.deploy-mode).',
    livy: { kind: 'dropped' },
  },
  {
    name: '--class',
    aliases: [],
    takesValue: true,
    metavar: 'CLASS_NAME',
    group: 'app',
    help: "Your application's main class (for Java / Scala apps).",
    livyNote: 'Sent as "className" (dropped for Python and R applications).',
    livy: { kind: 'field', field: 'className', value: text, shadows: [] },
  },
  {
    name: '--name',
    aliases: [],
    takesValue: true,
    metavar: 'NAME',
    group: 'app',
    help: 'A name of your application.',
    livyNote: 'Sent as "name", which is also the Livy batch name: unique among live batches, not all digits.',
    livy: { kind: 'field', field: 'name', value: text, shadows: ['spark.app.name'] },
  },
  {
    name: '--jars',
    aliases: [],
    takesValue: true,
    metavar: 'JARS',
    group: 'app',
    help: 'Comma-separated list of jars to include on the driver and executor classpaths.',
    livyNote: 'Sent as "jars", which Livy adds to any spark.jars; paths must be URIs or absolute paths the Livy server can read.',
    livy: { kind: 'field', field: 'jars', value: 'path-list', shadows: [], keeps: ['spark.jars'] },
  },
  {
    name: '--packages',
    aliases: [],
    takesValue: true,
    group: 'app',
    help: 'Comma-separated list of maven coordinates of jars to include on the driver and executor classpaths. Will search the local maven repo, then maven central and any additional remote repositories given by --repositories. The format for the coordinates should be groupId:artifactId:version.',
    livyNote: 'Sent as conf spark.jars.packages; resolved on the Livy host.',
    livy: { kind: 'conf', key: 'spark.jars.packages', value: text },
  },
  {
    name: '--exclude-packages',
    aliases: [],
    takesValue: true,
    group: 'app',
    help: 'Comma-separated list of groupId:artifactId, to exclude while resolving the dependencies provided in --packages to avoid dependency conflicts.',
    livyNote: 'Sent as conf spark.jars.excludes.',
    livy: { kind: 'conf', key: 'spark.jars.excludes', value: text },
  },
  {
    name: '--repositories',
    aliases: [],
    takesValue: true,
    group: 'app',
    help: 'Comma-separated list of additional remote repositories to search for the maven coordinates given with --packages.',
    livyNote: 'Sent as conf spark.jars.repositories.',
    livy: { kind: 'conf', key: 'spark.jars.repositories', value: text },
  },
  {
    name: '--py-files',
    aliases: [],
    takesValue: true,
    metavar: 'PY_FILES',
    group: 'app',
    help: 'Comma-separated list of .zip, .egg, or .py files to place on the PYTHONPATH for Python apps.',
    livyNote: 'Sent as "pyFiles".',
    livy: { kind: 'field', field: 'pyFiles', value: 'path-list', shadows: ['spark.submit.pyFiles'] },
  },
  {
    name: '--files',
    aliases: [],
    takesValue: true,
    metavar: 'FILES',
    group: 'app',
    help: 'Comma-separated list of files to be placed in the working directory of each executor. File paths of these files in executors can be accessed via SparkFiles.get(fileName).',
    livyNote: 'Sent as "files", which Livy adds to any spark.files (#alias suffixes kept).',
    livy: { kind: 'field', field: 'files', value: 'path-list', shadows: [], keeps: ['spark.files'] },
  },
  {
    name: '--archives',
    aliases: [],
    takesValue: true,
    metavar: 'ARCHIVES',
    group: 'app',
    help: 'Comma-separated list of archives to be extracted into the working directory of each executor.',
    livyNote: 'Sent as "archives"; Livy passes them as spark.yarn.dist.archives (YARN only; elsewhere use --conf spark.archives=...).',
    livy: {
      kind: 'field',
      field: 'archives',
      value: 'path-list',
      shadows: [],
      keeps: ['spark.archives', 'spark.yarn.dist.archives'],
    },
  },
  // Configuration.
  {
    name: '--conf',
    aliases: ['-c'],
    takesValue: true,
    metavar: 'PROP=VALUE',
    group: 'config',
    help: 'Arbitrary Spark configuration property.',
    livyNote: 'Sent in "conf"; non-spark.* keys, spark.master and spark.submit.deployMode are dropped.',
    livy: { kind: 'conf-pair' },
  },
  {
    name: '--properties-file',
    aliases: [],
    takesValue: true,
    metavar: 'FILE',
    group: 'config',
    help: 'Path to a file from which to load extra properties. If not specified, this will look for conf/spark-defaults.conf.',
    livyNote: 'Read on this machine and merged into "conf" below --conf; the server\'s spark-defaults.conf still applies underneath.',
    livy: { kind: 'properties-file' },
  },
  {
    name: '--extra-properties-file',
    aliases: [],
    takesValue: true,
    metavar: 'FILE',
    group: 'config',
    help: 'Path to an extra properties file loaded after --properties-file; may be repeated.',
    livyNote: 'Read on this machine; later files beat earlier ones and --properties-file, --conf beats them all.',
    livy: { kind: 'properties-file' },
    since: '4.1',
  },
  {
    name: '--load-spark-defaults',
    aliases: [],
    takesValue: false,
    group: 'config',
    help: 'Whether to load properties from conf/spark-defaults.conf, even if --properties-file is specified.',
    livyNote: "Always true on Livy: the server's spark-defaults.conf is applied to every job.",
    livy: { kind: 'client' },
    since: '4.0',
  },
  // Driver.
  {
    name: '--driver-memory',
    aliases: [],
    takesValue: true,
    metavar: 'MEM',
    group: 'driver',
    help: 'Memory for driver (e.g. 1000M, 2G) (Default: 1024M).',
    livyNote: 'Sent as "driverMemory" (so is --conf spark.driver.memory; the later one wins).',
    livy: { kind: 'launcher-conf', key: 'spark.driver.memory', value: 'memory' },
  },
  {
    name: '--driver-java-options',
    aliases: [],
    takesValue: true,
    group: 'driver',
    help: 'Extra Java options to pass to the driver.',
    livyNote: 'Sent as conf spark.driver.extraJavaOptions; -Xmx is refused (use --driver-memory).',
    livy: { kind: 'launcher-conf', key: 'spark.driver.extraJavaOptions', value: text },
  },
  {
    name: '--driver-library-path',
    aliases: [],
    takesValue: true,
    group: 'driver',
    help: 'Extra library path entries to pass to the driver.',
    livyNote: 'Sent as conf spark.driver.extraLibraryPath.',
    livy: { kind: 'launcher-conf', key: 'spark.driver.extraLibraryPath', value: text },
  },
  {
    name: '--driver-class-path',
    aliases: [],
    takesValue: true,
    group: 'driver',
    help: 'Extra class path entries to pass to the driver. Note that jars added with --jars are automatically included in the classpath.',
    livyNote: 'Sent as conf spark.driver.extraClassPath (paths on the cluster).',
    livy: { kind: 'launcher-conf', key: 'spark.driver.extraClassPath', value: text },
  },
  {
    name: '--driver-default-class-path',
    aliases: [],
    takesValue: true,
    group: 'hidden',
    help: 'Default extra class path entries for the driver (internal).',
    livyNote: 'Sent as conf spark.driver.defaultExtraClassPath.',
    livy: { kind: 'launcher-conf', key: 'spark.driver.defaultExtraClassPath', value: text },
    since: '4.0',
  },
  // Executor.
  {
    name: '--executor-memory',
    aliases: [],
    takesValue: true,
    metavar: 'MEM',
    group: 'executor',
    help: 'Memory per executor (e.g. 1000M, 2G) (Default: 1G).',
    livyNote: 'Sent as "executorMemory".',
    livy: { kind: 'field', field: 'executorMemory', value: 'memory', shadows: ['spark.executor.memory'] },
  },
  // Impersonation.
  {
    name: '--proxy-user',
    aliases: [],
    takesValue: true,
    metavar: 'NAME',
    group: 'impersonation',
    help: 'User to impersonate when submitting the application. This argument does not work with --principal / --keytab.',
    livyNote: 'Sent as "proxyUser"; honoured only when the server has livy.impersonation.enabled.',
    livy: { kind: 'field', field: 'proxyUser', value: text, shadows: [] },
  },
  // Utility.
  {
    name: '--help',
    aliases: ['-h'],
    takesValue: false,
    group: 'utility',
    help: 'Show this help message and exit.',
    livy: { kind: 'action', action: 'help' },
  },
  {
    name: '--verbose',
    aliases: ['-v'],
    takesValue: false,
    group: 'utility',
    help: 'Print additional debug output.',
    livyNote: 'Prints the request sent to Livy (secrets redacted).',
    livy: { kind: 'client' },
  },
  {
    name: '--version',
    aliases: [],
    takesValue: false,
    group: 'utility',
    help: 'Print the version of current Spark.',
    livyNote: "Prints this CLI's version and the Livy server's (asked with a 2 s limit).",
    livy: { kind: 'action', action: 'version' },
  },
  // Scoped sections.
  {
    name: '--remote',
    aliases: [],
    takesValue: true,
    metavar: 'CONNECT_URL',
    group: 'connect',
    help: 'URL to connect to the server for Spark Connect, e.g., sc://host:port. --master and --deploy-mode cannot be set together with this option.',
    livyNote: 'Not available: a Spark Connect client is not a Livy batch.',
    livy: { kind: 'rejected' },
    since: '3.4',
  },
  {
    name: '--driver-cores',
    aliases: [],
    takesValue: true,
    metavar: 'NUM',
    group: 'cluster-deploy',
    help: 'Number of cores used by the driver, only in cluster mode (Default: 1).',
    livyNote: 'Sent as "driverCores".',
    livy: { kind: 'field', field: 'driverCores', value: 'count', shadows: ['spark.driver.cores'] },
  },
  {
    name: '--supervise',
    aliases: [],
    takesValue: false,
    group: 'standalone-cluster',
    help: 'If given, restarts the driver on failure.',
    livyNote: 'Ignored with a warning: Livy cannot pass it.',
    livy: { kind: 'dropped' },
  },
  {
    name: '--kill',
    aliases: [],
    takesValue: true,
    metavar: 'SUBMISSION_ID',
    group: 'standalone-k8s-cluster',
    help: 'If given, kills the driver specified.',
    livyNote: 'Kills the Livy batch with this id (DELETE /batches/ID).',
    livy: { kind: 'action', action: 'kill' },
  },
  {
    name: '--status',
    aliases: [],
    takesValue: true,
    metavar: 'SUBMISSION_ID',
    group: 'standalone-k8s-cluster',
    help: 'If given, requests the status of the driver specified.',
    livyNote: 'Prints the state of the Livy batch with this id (GET /batches/ID/state).',
    livy: { kind: 'action', action: 'status' },
  },
  {
    name: '--total-executor-cores',
    aliases: [],
    takesValue: true,
    metavar: 'NUM',
    group: 'standalone',
    help: 'Total cores for all executors.',
    livyNote: 'Sent as conf spark.cores.max.',
    livy: { kind: 'conf', key: 'spark.cores.max', value: 'count' },
  },
  {
    name: '--executor-cores',
    aliases: [],
    takesValue: true,
    metavar: 'NUM',
    group: 'standalone-yarn-k8s',
    help: 'Number of cores used by each executor. (Default: 1 in YARN and K8S modes, or all available cores on the worker in standalone mode).',
    livyNote: 'Sent as "executorCores".',
    livy: { kind: 'field', field: 'executorCores', value: 'count', shadows: ['spark.executor.cores'] },
  },
  {
    name: '--num-executors',
    aliases: [],
    takesValue: true,
    metavar: 'NUM',
    group: 'yarn-k8s',
    help: 'Number of executors to launch (Default: 2). If dynamic allocation is enabled, the initial number of executors will be at least NUM.',
    livyNote: 'Sent as "numExecutors" (0 only with spark.dynamicAllocation.enabled=true).',
    livy: { kind: 'field', field: 'numExecutors', value: 'count', shadows: ['spark.executor.instances'] },
  },
  {
    name: '--principal',
    aliases: [],
    takesValue: true,
    metavar: 'PRINCIPAL',
    group: 'yarn-k8s',
    help: 'Principal to be used to login to KDC.',
    livyNote: 'Sent as conf spark.kerberos.principal; conflicts with Livy impersonation.',
    livy: { kind: 'conf', key: 'spark.kerberos.principal', value: text },
  },
  {
    name: '--keytab',
    aliases: [],
    takesValue: true,
    metavar: 'KEYTAB',
    group: 'yarn-k8s',
    help: 'The full path to the file that contains the keytab for the principal specified above.',
    livyNote: 'Sent as conf spark.kerberos.keytab: a path on the Livy host, not on this machine.',
    livy: { kind: 'conf', key: 'spark.kerberos.keytab', value: text },
  },
  {
    name: '--queue',
    aliases: [],
    takesValue: true,
    metavar: 'QUEUE_NAME',
    group: 'yarn',
    help: 'The YARN queue to submit to (Default: "default").',
    livyNote: 'Sent as "queue".',
    livy: { kind: 'field', field: 'queue', value: text, shadows: ['spark.yarn.queue'] },
  },
  {
    name: '--usage-error',
    aliases: [],
    takesValue: false,
    group: 'hidden',
    help: 'Print usage and exit with an error (internal).',
    livy: { kind: 'action', action: 'usage-error' },
  },
];

/** The livy-only options `livy submit` accepts before the primary resource. They never reach Livy. */
export interface LivyOnlyOption {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly takesValue: boolean;
  readonly metavar?: string;
  /** Repeated occurrences accumulate instead of the last one winning. */
  readonly repeatable?: boolean;
  readonly help: string;
}

/** A common option as the spark-submit parser knows it, its help a sentence as spark-submit's are. */
function fromCommon(option: CommonOption): LivyOnlyOption {
  return {
    name: option.long,
    aliases: option.short ? [option.short] : [],
    takesValue: option.arg !== undefined,
    ...(option.metavar ? { metavar: option.metavar } : {}),
    ...(option.repeatable ? { repeatable: true } : {}),
    help: `${option.help[0]!.toUpperCase()}${option.help.slice(1)}.`,
  };
}

const commonLivyOptions = (group: CommonOption['group']) =>
  commonOptions(group)
    .filter((o) => !o.sparkSubmitHasIt)
    .map(fromCommon);

export const LIVY_ONLY_OPTIONS: readonly LivyOnlyOption[] = [
  ...commonLivyOptions('target'),
  ...commonLivyOptions('output'),
  { name: '--dry-run', aliases: [], takesValue: false, help: 'Print the exact request body and send nothing.' },
  { name: '--async', aliases: [], takesValue: false, help: 'Return as soon as the batch is created, with its id.' },
  {
    name: '--timeout',
    aliases: [],
    takesValue: true,
    metavar: 'DURATION',
    help: 'Stop waiting after DURATION (e.g. 90s, 10m, 1h30m); exit 4.',
  },
  { name: '--kill-on-interrupt', aliases: [], takesValue: false, help: 'On Ctrl-C or SIGTERM kill the batch instead of detaching.' },
  { name: '--log-file', aliases: [], takesValue: true, metavar: 'FILE', help: 'Also write the batch log to FILE.' },
  {
    name: '--driver-log',
    aliases: [],
    takesValue: false,
    help: "Stream the driver's own stdout and stderr from its YARN container instead of Livy's log (which keeps only the last lines).",
  },
  ...commonLivyOptions('staging'),
];

/** Spellings (name or alias) → option, for both tables. */
export const SPARK_OPTION_BY_SPELLING: ReadonlyMap<string, SparkSubmitOption> = new Map(
  SPARK_SUBMIT_OPTIONS.flatMap((o) => [o.name, ...o.aliases].map((s) => [s, o] as const)),
);

export const LIVY_OPTION_BY_SPELLING: ReadonlyMap<string, LivyOnlyOption> = new Map(
  LIVY_ONLY_OPTIONS.flatMap((o) => [o.name, ...o.aliases].map((s) => [s, o] as const)),
);

export function sparkOption(name: string): SparkSubmitOption {
  const option = SPARK_OPTION_BY_SPELLING.get(name);
  if (!option) throw new Error(`not a spark-submit option: ${name}`);
  return option;
}

/** Every spelling of every option `livy submit` knows, for "did you mean" hints. */
export function allOptionSpellings(): string[] {
  return [...SPARK_OPTION_BY_SPELLING.keys(), ...LIVY_OPTION_BY_SPELLING.keys()];
}
