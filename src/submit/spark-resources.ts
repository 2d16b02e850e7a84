/**
 * The mapping shared by batches and sessions: spark-submit's options (everything except the
 * primary resource, `--class` and the app arguments) → Livy's resource fields and `conf`.
 *
 * Precedence, lowest to highest, as spark-submit applies it:
 *   --properties-file → --extra-properties-file (in order) → --conf (last per key) → dedicated options.
 * A dedicated option beats a conf key whatever the order. The exceptions are the options Spark's
 * launcher rewrites into conf keys in the same map as --conf (--driver-memory, --driver-java-options,
 * --driver-class-path, --driver-library-path, and 4.0's hidden --driver-default-class-path): there
 * the later of the option and a --conf of its key wins, and a properties file stays underneath.
 *
 * Which conf keys a dedicated field shadows — decided from what Livy does with each field
 * (incubator-livy BatchSession, SparkProcessBuilder, Session.prepareConf) and what spark-submit
 * falls back to when the option is absent (SparkSubmitArguments.loadEnvironmentArguments):
 * - driverMemory, driverCores, executorMemory, executorCores, numExecutors: Livy writes
 *   spark.driver.memory, spark.driver.cores, spark.executor.memory, spark.executor.cores,
 *   spark.executor.instances over the request's conf, so a conf of the same key could never
 *   win there anyway; we drop it so the body says each thing once.
 * - name and queue: Livy passes `--name` / `--queue` to spark-submit, which beat spark.app.name /
 *   spark.yarn.queue; dropped likewise.
 * - pyFiles: Livy merges the field into spark.submit.pyFiles, while spark-submit's --py-files
 *   replaces that key on every cluster manager; so the conf key is dropped when the option is given.
 * - jars, files, archives: spark-submit's option replaces spark.jars / spark.files / spark.archives
 *   except on YARN, where it keeps the key as given and ships the option's list through
 *   spark.yarn.dist.jars / files / archives (merged with any value there). Livy merges the field
 *   into spark.jars, spark.files and spark.yarn.dist.archives. Not knowing the master, we drop
 *   neither: both reach the job, as on YARN, and a warning says so where the result differs
 *   from spark-submit elsewhere.
 * - A conf key alone (no option) stays in `conf` as written — except spark.driver.memory, which
 *   always travels as driverMemory — and is validated like the option it stands for.
 */
import { posix } from 'node:path';
import { UsageError } from '../errors/cli-error.js';
import type { SparkResourceRequest } from '../client/requests.js';
import type { OptionOccurrence } from './parse-argv.js';
import { SPARK_SUBMIT_OPTIONS, sparkOption, type SparkSubmitOption } from './options.js';
import { resolveFileList, resolveFileReference, type PathContext } from './paths.js';
import { describeBytes, InputTooLargeError } from '../text/read-bounded.js';
import { PropertiesSyntaxError, parseSparkPropertiesFile } from './properties-file.js';
import { DEPLOY_MODES, clusterManagerOf, isValidSparkMemory, parseJavaInt, parsePositiveInt } from './spark-size.js';

/** What the translator may ask of the outside world. */
export interface TranslateContext extends PathContext {
  readonly cwd: string;
  /** True when the target Livy server runs on this machine (`livy local`). */
  readonly isLocalTarget: boolean;
  /** True when that local server runs Spark on its own YARN cluster (`livy local --cluster yarn`), which unpacks archives. */
  readonly localTargetOnYarn?: boolean;
  /**
   * Reads a UTF-8 text file; throws if it is missing, and InputTooLargeError past a size limit
   * (see readTextFileBounded).
   */
  readTextFile(path: string): string;
  pathExists(path: string): boolean;
}

/** What spark-submit's deploy-mode checks need to know about a batch's application. */
export interface ApplicationInfo {
  readonly kind: 'python' | 'r' | 'jvm';
  readonly className?: string;
}

export interface ResourceTranslation {
  readonly resources: SparkResourceRequest;
  readonly warnings: string[];
}

interface ConfEntry {
  value: string;
  /** `properties` (any properties file), `conf` (--conf) or `option` (a dedicated option). */
  origin: 'properties' | 'conf' | 'option';
  /** argv index for --conf and options; -1 for files. */
  index: number;
  /** For messages: `--conf`, a file name, or the option. */
  source: string;
}

/** Conf keys holding file lists that Livy resolves on the server and that we resolve like --jars. */
const CONF_FILE_LISTS = [
  'spark.jars',
  'spark.files',
  'spark.submit.pyFiles',
  'spark.archives',
  'spark.yarn.dist.archives',
  'spark.yarn.dist.files',
  'spark.yarn.dist.jars',
];

/** Why a conf key kept beside a list option gives a different result from spark-submit off YARN. */
const KEPT_BESIDE: Readonly<Record<string, string>> = {
  'spark.jars':
    'Livy adds the --jars list to spark.jars, so the job gets both, as spark-submit does on YARN; elsewhere spark-submit would use --jars alone',
  'spark.files':
    'Livy adds the --files list to spark.files, so the job gets both, as spark-submit does on YARN; elsewhere spark-submit would use --files alone',
  'spark.archives':
    'Livy passes --archives as spark.yarn.dist.archives and leaves spark.archives as given, as spark-submit does on YARN; elsewhere spark-submit would use --archives alone',
};

/** Main classes spark-submit refuses to run in cluster deploy mode. */
const CLIENT_ONLY_CLASSES: Readonly<Record<string, string>> = {
  'org.apache.spark.sql.hive.thriftserver.SparkSQLCLIDriver': 'Spark SQL shell',
  'org.apache.spark.sql.hive.thriftserver.HiveThriftServer2': 'Spark Thrift server',
  'org.apache.spark.sql.connect.service.SparkConnectServer': 'Spark Connect server',
};

/** Conf keys read as counts, and the option that stands for each. */
const COUNT_KEYS: ReadonlyArray<{ key: string; label: string; option: string }> = [
  { key: 'spark.driver.cores', label: 'Driver cores', option: '--driver-cores' },
  { key: 'spark.executor.cores', label: 'Executor cores', option: '--executor-cores' },
  { key: 'spark.cores.max', label: 'Total executor cores', option: '--total-executor-cores' },
];

const describe = (key: string, entry: ConfEntry) =>
  entry.origin === 'option' ? `${entry.source} ${entry.value}` : `${key}=${entry.value} (from ${entry.source})`;

export function translateSparkResources(
  options: readonly OptionOccurrence[],
  ctx: TranslateContext,
  application?: ApplicationInfo,
): ResourceTranslation {
  const warnings: string[] = [];
  const last = new Map<string, OptionOccurrence>();
  for (const occurrence of options) last.set(occurrence.name, occurrence);

  if (last.has('--remote')) {
    throw new UsageError(
      '--remote (Spark Connect) cannot be used with Livy',
      'Livy runs the application itself: drop --remote and submit the application file',
    );
  }

  const conf = buildConfMap(options, last, ctx, warnings);

  if (conf.has('spark.remote')) {
    throw new UsageError(
      'spark.remote (Spark Connect) cannot be used with Livy',
      'drop the spark.remote property: Livy runs the application itself',
    );
  }
  checkMasterAndDeployMode(last, conf, application, warnings);
  if (last.has('--supervise')) {
    warnings.push('Ignoring --supervise: Livy cannot ask Spark to restart the driver on failure');
  }

  // Options the launcher rewrites into conf keys: the later of option and --conf wins.
  for (const option of SPARK_SUBMIT_OPTIONS) {
    if (option.livy.kind !== 'launcher-conf') continue;
    const occurrence = last.get(option.name);
    if (!occurrence) continue;
    const key = option.livy.key;
    const existing = conf.get(key);
    if (existing && existing.origin === 'conf' && existing.index > occurrence.index) {
      if (existing.value !== occurrence.value) {
        warnings.push(`${key}=${existing.value} (from --conf) comes after ${option.name} ${occurrence.value} and wins, as in spark-submit`);
      }
      continue;
    }
    conf.set(key, { value: occurrence.value ?? '', origin: 'option', index: occurrence.index, source: option.name });
  }

  // Dedicated options sent as conf keys: the option wins whatever the order.
  for (const option of SPARK_SUBMIT_OPTIONS) {
    if (option.livy.kind !== 'conf') continue;
    const occurrence = last.get(option.name);
    if (!occurrence) continue;
    overrideWarning(option.name, occurrence.value ?? '', option.livy.key, conf.get(option.livy.key), warnings);
    conf.set(option.livy.key, { value: occurrence.value ?? '', origin: 'option', index: occurrence.index, source: option.name });
  }

  // Dedicated request fields: drop the conf keys they shadow.
  const fieldValues = new Map<string, { option: SparkSubmitOption; value: string }>();
  for (const option of SPARK_SUBMIT_OPTIONS) {
    if (option.livy.kind !== 'field' || option.livy.field === 'className') continue;
    const occurrence = last.get(option.name);
    if (!occurrence) continue;
    const raw = occurrence.value ?? '';
    for (const key of option.livy.shadows) {
      overrideWarning(option.name, raw, key, conf.get(key), warnings);
      conf.delete(key);
    }
    for (const key of option.livy.keeps ?? []) {
      const kept = conf.get(key);
      const why = KEPT_BESIDE[key];
      if (kept && why && kept.value !== '' && raw !== '') {
        warnings.push(`${option.name} ${raw} and ${describe(key, kept)} are both sent: ${why}`);
      }
    }
    fieldValues.set(option.livy.field, { option, value: raw });
  }

  const dynamicAllocation = conf.get('spark.dynamicAllocation.enabled')?.value.toLowerCase() === 'true';
  const resources: SparkResourceRequest = {};

  const nonEmpty = (name: string, raw: string, what: string) => {
    if (raw === '') throw new UsageError(`${name} needs ${what}`, `${name} ${sparkOption(name).metavar ?? 'VALUE'}`);
    return raw;
  };

  const name = fieldValues.get('name');
  if (name) {
    if (name.value === '') throw new UsageError('--name must not be empty', 'Livy rejects an empty batch name');
    if (/^\p{Nd}+$/u.test(name.value)) {
      throw new UsageError(
        `--name '${name.value}' is all digits, which Livy rejects (Invalid session name)`,
        'add a letter, e.g. --name job-' + name.value,
      );
    }
    if (name.value === '.' || name.value === '..') {
      // The name addresses the batch in URLs (`livy batches get NAME`, the lookup after a lost reply).
      throw new UsageError(
        `--name '${name.value}' cannot be used: as a URL path segment it names another path`,
        'choose a name with a letter in it',
      );
    }
    resources.name = name.value;
  }
  const proxyUser = fieldValues.get('proxyUser');
  if (proxyUser) resources.proxyUser = nonEmpty('--proxy-user', proxyUser.value, 'a user name');

  for (const field of ['jars', 'pyFiles', 'files', 'archives'] as const) {
    const entry = fieldValues.get(field);
    if (!entry) continue;
    const list = resolveFileList(entry.value, entry.option.name, ctx, warnings);
    if (list.length > 0) resources[field] = list;
  }
  if (resources.archives && ctx.isLocalTarget && !ctx.localTargetOnYarn) {
    warnings.push(
      '--archives: Livy hands archives to Spark as spark.yarn.dist.archives, which only YARN reads, so the local server will not unpack them; use --conf spark.archives=... there',
    );
  }

  // Driver memory always travels as driverMemory, whichever source won.
  const driverMemory = conf.get('spark.driver.memory');
  if (driverMemory) {
    conf.delete('spark.driver.memory');
    checkMemory('Driver memory', driverMemory, 'spark.driver.memory');
    resources.driverMemory = driverMemory.value;
  }

  const driverCores = fieldValues.get('driverCores');
  if (driverCores) resources.driverCores = count('Driver cores', driverCores.option.name, driverCores.value);

  const executorMemory = fieldValues.get('executorMemory');
  if (executorMemory) {
    checkMemory(
      'Executor memory',
      { value: executorMemory.value, origin: 'option', index: 0, source: '--executor-memory' },
      'spark.executor.memory',
    );
    resources.executorMemory = executorMemory.value;
  }
  const executorCores = fieldValues.get('executorCores');
  if (executorCores) resources.executorCores = count('Executor cores', executorCores.option.name, executorCores.value);

  const numExecutors = fieldValues.get('numExecutors');
  if (numExecutors) {
    resources.numExecutors = executorCount(
      { value: numExecutors.value, origin: 'option', index: 0, source: '--num-executors' },
      dynamicAllocation,
    );
  }
  const queue = fieldValues.get('queue');
  if (queue) resources.queue = nonEmpty('--queue', queue.value, 'a queue name');

  // Conf keys standing in for options that were not given are checked like the options.
  const executorMemoryConf = conf.get('spark.executor.memory');
  if (executorMemoryConf) checkMemory('Executor memory', executorMemoryConf, 'spark.executor.memory');
  for (const { key, label } of COUNT_KEYS) {
    const entry = conf.get(key);
    if (entry && parsePositiveInt(entry.value) === undefined) {
      throw new UsageError(`${label} must be a positive number: ${describe(key, entry)}`);
    }
  }
  const instances = conf.get('spark.executor.instances');
  if (instances) executorCount(instances, dynamicAllocation);

  checkJavaOptions(conf);

  const principal = conf.get('spark.kerberos.principal') ?? conf.get('spark.yarn.principal');
  if (resources.proxyUser !== undefined && principal) {
    throw new UsageError(
      'Only one of --proxy-user or --principal can be provided.',
      principal.origin === 'option' ? undefined : `the principal comes from ${describe('spark.kerberos.principal', principal)}`,
    );
  }
  if (last.has('--principal') || last.has('--keytab')) {
    warnings.push(
      '--principal/--keytab are sent as spark.kerberos.principal/keytab: Kerberos login happens on the Livy host, ' +
        'and the keytab path is read there, not on this machine',
    );
  }

  resolveConfFileLists(conf, ctx, warnings);

  if (conf.size > 0) {
    resources.conf = Object.fromEntries([...conf].map(([key, entry]) => [key, entry.value]));
  }
  return { resources, warnings };
}

function buildConfMap(
  options: readonly OptionOccurrence[],
  last: ReadonlyMap<string, OptionOccurrence>,
  ctx: TranslateContext,
  warnings: string[],
): Map<string, ConfEntry> {
  const conf = new Map<string, ConfEntry>();
  const files: Array<{ option: string; path: string }> = [];
  const propertiesFile = last.get('--properties-file');
  if (propertiesFile) files.push({ option: '--properties-file', path: propertiesFile.value ?? '' });
  for (const o of options) {
    if (o.name === '--extra-properties-file') files.push({ option: o.name, path: o.value ?? '' });
  }
  for (const file of files) {
    for (const entry of readPropertiesFile(file.option, file.path, ctx)) {
      if (entry.key.startsWith('\uFEFF')) {
        // Spark keeps the byte-order mark in the first key, which then is no spark.* key.
        warnings.push(
          `Ignoring '${entry.key.slice(1)}' on line ${entry.line} of ${file.path}: the file starts with a UTF-8 byte-order mark, ` +
            'which Spark reads as part of the first key, so spark-submit ignores this property too; save the file without the mark',
        );
        continue;
      }
      conf.set(entry.key, { value: entry.value, origin: 'properties', index: -1, source: file.path });
    }
  }
  for (const o of options) {
    if (o.name !== '--conf') continue;
    const pair = o.value ?? '';
    const eq = pair.indexOf('=');
    if (eq < 0) {
      throw new UsageError(
        `Invalid argument to ${o.spelling}: '${pair}' is not KEY=VALUE`,
        `write ${o.spelling} ${pair}=VALUE (${o.spelling} ${pair}= for an empty value)`,
      );
    }
    conf.set(pair.slice(0, eq), { value: pair.slice(eq + 1), origin: 'conf', index: o.index, source: o.spelling });
  }
  for (const key of [...conf.keys()]) {
    if (!key.startsWith('spark.')) {
      conf.delete(key);
      warnings.push(`Ignoring non-Spark config property: ${key}`);
    }
  }
  return conf;
}

function readPropertiesFile(option: string, path: string, ctx: TranslateContext) {
  if (path === '') throw new UsageError(`${option} needs a file name`);
  let text: string;
  try {
    text = ctx.readTextFile(posix.resolve(ctx.cwd, path));
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      throw new UsageError(
        `${option} ${path}: larger than ${describeBytes(error.limitBytes)}, which is not a Spark properties file`,
        'check the path; a properties file holds KEY=VALUE lines',
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${option} ${path}: cannot read the file (${reason})`, 'check the path; it is read on this machine');
  }
  try {
    return parseSparkPropertiesFile(text);
  } catch (error) {
    if (error instanceof PropertiesSyntaxError) {
      throw new UsageError(`${path}:${error.line}: ${error.message}`, 'a \\u escape needs exactly four hex digits');
    }
    throw error;
  }
}

function overrideWarning(option: string, optionValue: string, key: string, entry: ConfEntry | undefined, warnings: string[]) {
  if (entry && entry.origin !== 'option' && entry.value !== optionValue) {
    warnings.push(`${option} ${optionValue === '' ? "''" : optionValue} overrides ${describe(key, entry)}, as in spark-submit`);
  }
}

/**
 * SparkSubmit's checks of the master and deploy mode, each taken from its option, else from the
 * conf (`spark.master`, `spark.submit.deployMode`, which a properties file may also set): an
 * invalid value or combination is an error, as in spark-submit. Valid ones are then dropped with
 * a warning, since the Livy server decides both (it overrides or refuses them).
 */
function checkMasterAndDeployMode(
  last: ReadonlyMap<string, OptionOccurrence>,
  conf: Map<string, ConfEntry>,
  application: ApplicationInfo | undefined,
  warnings: string[],
) {
  const masterOption = last.get('--master');
  const modeOption = last.get('--deploy-mode');
  const masterConf = conf.get('spark.master');
  const modeConf = conf.get('spark.submit.deployMode');
  const masterSource = masterOption
    ? `--master '${masterOption.value ?? ''}'`
    : masterConf
      ? `${describe('spark.master', masterConf)}`
      : undefined;
  const modeSource = modeOption
    ? `--deploy-mode '${modeOption.value ?? ''}'`
    : modeConf
      ? `${describe('spark.submit.deployMode', modeConf)}`
      : undefined;
  const master = masterOption ? (masterOption.value ?? '') : masterConf?.value;
  const mode = modeOption ? (modeOption.value ?? '') : modeConf?.value;

  // Without a master on the command line spark-submit would take it from this machine's
  // spark-defaults.conf, which livy does not read: only a master given here is checked.
  const manager = master === undefined ? 'unknown' : clusterManagerOf(master);
  if (manager === undefined) {
    throw new UsageError(
      `Master must either be yarn or start with spark, mesos, k8s, or local: ${masterSource}`,
      'the Livy server decides the master anyway; you can drop it',
    );
  }
  if (manager === 'k8s' && !master!.startsWith('k8s://')) {
    throw new UsageError(
      `Kubernetes master URL must start with k8s://: ${masterSource}`,
      'e.g. k8s://https://host:6443, or drop it: the Livy server decides the master',
    );
  }
  if (mode !== undefined && !(DEPLOY_MODES as readonly string[]).includes(mode)) {
    throw new UsageError(`Deploy mode must be either client or cluster: ${modeSource}`);
  }
  if (mode === 'cluster') {
    const both = `${modeSource} with ${masterSource}`;
    if (manager === 'local') {
      throw new UsageError(
        `Cluster deploy mode is not compatible with master "local": ${both}`,
        'drop the deploy mode (and the master): the Livy server decides both',
      );
    }
    if (manager === 'standalone' && application && application.kind !== 'jvm') {
      throw new UsageError(
        `Cluster deploy mode is currently not supported for ${application.kind === 'python' ? 'python' : 'R'} applications on standalone clusters: ${both}`,
        'drop the deploy mode: the Livy server decides it',
      );
    }
    const clientOnly = application?.className ? CLIENT_ONLY_CLASSES[application.className] : undefined;
    if (clientOnly) throw new UsageError(`Cluster deploy mode is not applicable to ${clientOnly}: ${modeSource}`);
  }

  const given = [
    masterOption ? `--master ${masterOption.value}` : undefined,
    modeOption ? `--deploy-mode ${modeOption.value}` : undefined,
  ].filter((s): s is string => s !== undefined);
  if (given.length > 0) {
    warnings.push(
      `Ignoring ${given.join(' and ')}: the Livy server decides the master and deploy mode (livy.spark.master, livy.spark.deploy-mode)`,
    );
  }
  for (const [key, entry] of [
    ['spark.master', masterConf],
    ['spark.submit.deployMode', modeConf],
  ] as const) {
    if (!entry) continue;
    conf.delete(key);
    warnings.push(`Ignoring ${describe(key, entry)}: the Livy server decides it (Livy rejects or overrides ${key})`);
  }
}

function checkMemory(label: string, entry: ConfEntry, key: string) {
  if (!isValidSparkMemory(entry.value)) {
    throw new UsageError(
      `${label} must be a positive number: ${describe(key, entry)}`,
      'use whole numbers with a unit, e.g. 512m, 4g (fractions such as 1.5g are not accepted)',
    );
  }
}

function count(label: string, option: string, raw: string): number {
  const n = parsePositiveInt(raw);
  if (n === undefined) throw new UsageError(`${label} must be a positive number: ${option} ${raw}`);
  return n;
}

function executorCount(entry: ConfEntry, dynamicAllocation: boolean): number {
  const n = parseJavaInt(entry.value);
  if (n === undefined || n < 0 || (n === 0 && !dynamicAllocation)) {
    throw new UsageError(
      `Number of executors must be a positive number: ${describe('spark.executor.instances', entry)}`,
      n === 0 ? '0 executors is allowed only with --conf spark.dynamicAllocation.enabled=true' : undefined,
    );
  }
  return n;
}

/**
 * Heap sizes set through java options: Spark's launcher refuses `Xmx` anywhere in the driver's
 * default and extra java options, and SparkConf refuses `-Xmx` in the executor's.
 */
function checkJavaOptions(conf: ReadonlyMap<string, ConfEntry>) {
  for (const key of ['spark.driver.defaultJavaOptions', 'spark.driver.extraJavaOptions']) {
    const entry = conf.get(key);
    if (entry?.value.includes('Xmx')) {
      throw new UsageError(
        `Not allowed to specify max heap (Xmx) memory settings through java options: ${describe(key, entry)}`,
        'use --driver-memory instead',
      );
    }
  }
  for (const key of ['spark.executor.defaultJavaOptions', 'spark.executor.extraJavaOptions']) {
    const entry = conf.get(key);
    if (entry?.value.includes('-Xmx')) {
      throw new UsageError(
        `Not allowed to specify max heap (-Xmx) memory settings through java options: ${describe(key, entry)}`,
        'use --executor-memory instead',
      );
    }
  }
}

/**
 * File lists given as conf keys are resolved like the options' lists, split the way Livy splits
 * them (`[, ]+`). A value whose entries need no change is left exactly as written.
 */
function resolveConfFileLists(conf: Map<string, ConfEntry>, ctx: TranslateContext, warnings: string[]) {
  for (const key of CONF_FILE_LISTS) {
    const entry = conf.get(key);
    if (!entry) continue;
    const what = entry.origin === 'option' ? entry.source : `${key} (from ${entry.source})`;
    const entries = entry.value.split(/[, ]+/).filter((s) => s !== '');
    const resolved = entries.map((e) => resolveFileReference(e, what, ctx, warnings));
    if (resolved.some((r, i) => r !== entries[i])) entry.value = resolved.join(',');
  }
}
