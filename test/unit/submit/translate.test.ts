import { describe, expect, test } from 'vitest';
import type { CreateBatchRequest } from '../../../src/client/requests.js';
import { submit, usageError, type FakeWorld } from './helpers.js';

interface OkCase {
  name: string;
  argv: string | string[];
  world?: FakeWorld;
  body: CreateBatchRequest;
  /** Substrings, one per expected warning, in order; [] means no warnings at all. */
  warnings?: string[];
}

interface ErrorCase {
  name: string;
  argv: string | string[];
  world?: FakeWorld;
  error: string;
  hint?: string;
}

const JOB = '/apps/job.jar';
const CLS = 'com.example.Job';
const base = { file: JOB, className: CLS };

const PROPS = '/home/me/project/job.properties';

const workedExamples: OkCase[] = [
  {
    name: 'example 1: SparkPi on YARN',
    argv: '--class org.apache.spark.examples.SparkPi --master yarn --deploy-mode cluster --driver-memory 4g --executor-memory 2g --executor-cores 1 --num-executors 3 --queue thequeue hdfs:///jars/spark-examples_2.12-3.5.1.jar 10',
    body: {
      file: 'hdfs:///jars/spark-examples_2.12-3.5.1.jar',
      className: 'org.apache.spark.examples.SparkPi',
      args: ['10'],
      driverMemory: '4g',
      executorMemory: '2g',
      executorCores: 1,
      numExecutors: 3,
      queue: 'thequeue',
    },
    warnings: ['--master yarn and --deploy-mode cluster'],
  },
  {
    name: 'example 2: PySpark with py-files, files, archives',
    argv: '--master yarn --py-files hdfs:///libs/deps.zip,hdfs:///libs/util.py --files hdfs:///conf/app.yaml#app.yaml --archives hdfs:///envs/pyenv.tar.gz#environment --conf spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python hdfs:///jobs/main.py --input s3a://bucket/in',
    body: {
      file: 'hdfs:///jobs/main.py',
      pyFiles: ['hdfs:///libs/deps.zip', 'hdfs:///libs/util.py'],
      files: ['hdfs:///conf/app.yaml#app.yaml'],
      archives: ['hdfs:///envs/pyenv.tar.gz#environment'],
      conf: { 'spark.yarn.appMasterEnv.PYSPARK_PYTHON': './environment/bin/python' },
      args: ['--input', 's3a://bucket/in'],
    },
    warnings: ['--master yarn'],
  },
  {
    name: 'example 3: --conf, -c and --conf= forms',
    argv: `--conf "spark.driver.extraJavaOptions=-Dlog4j.configurationFile=log4j2.xml -XX:+UseG1GC" -c spark.hadoop.fs.s3a.endpoint=http://minio:9000 --conf=spark.sql.shuffle.partitions=400 --class ${CLS} ${JOB}`,
    body: {
      ...base,
      conf: {
        'spark.driver.extraJavaOptions': '-Dlog4j.configurationFile=log4j2.xml -XX:+UseG1GC',
        'spark.hadoop.fs.s3a.endpoint': 'http://minio:9000',
        'spark.sql.shuffle.partitions': '400',
      },
    },
    warnings: [],
  },
  {
    name: 'example 4: repeats, last wins',
    argv: `--executor-memory 2g --jars /libs/a.jar --conf spark.sql.shuffle.partitions=200 --executor-memory 6g --jars /libs/b.jar,/libs/c.jar --conf spark.sql.shuffle.partitions=800 --class ${CLS} ${JOB}`,
    body: { ...base, executorMemory: '6g', jars: ['/libs/b.jar', '/libs/c.jar'], conf: { 'spark.sql.shuffle.partitions': '800' } },
    warnings: [],
  },
  {
    name: 'example 5: everything after the resource is an app argument',
    argv: '--class com.example.Cli /apps/cli.jar --master local --conf a=b -- -v',
    body: { file: '/apps/cli.jar', className: 'com.example.Cli', args: ['--master', 'local', '--conf', 'a=b', '--', '-v'] },
    warnings: ['--master comes after the application /apps/cli.jar, so it is passed to the application as an argument'],
  },
];

const everyOption: OkCase[] = [
  { name: '--name', argv: `--name nightly-etl ${JOB}`, body: { file: JOB, name: 'nightly-etl' }, warnings: [] },
  { name: '--name with unicode', argv: `--name étl-夜 ${JOB}`, body: { file: JOB, name: 'étl-夜' }, warnings: [] },
  {
    name: '--jars',
    argv: `--jars /l/a.jar,hdfs:///l/b.jar ${JOB}`,
    body: { file: JOB, jars: ['/l/a.jar', 'hdfs:///l/b.jar'] },
    warnings: [],
  },
  {
    name: '--packages',
    argv: `--packages org.a:b:1.0,org.c:d:2.0 ${JOB}`,
    body: { file: JOB, conf: { 'spark.jars.packages': 'org.a:b:1.0,org.c:d:2.0' } },
    warnings: [],
  },
  {
    name: '--exclude-packages',
    argv: `--exclude-packages org.a:b ${JOB}`,
    body: { file: JOB, conf: { 'spark.jars.excludes': 'org.a:b' } },
    warnings: [],
  },
  {
    name: '--repositories',
    argv: `--repositories https://repo.example.com/m2 ${JOB}`,
    body: { file: JOB, conf: { 'spark.jars.repositories': 'https://repo.example.com/m2' } },
    warnings: [],
  },
  {
    name: '--py-files',
    argv: '--py-files s3a://b/deps.zip /jobs/main.py',
    body: { file: '/jobs/main.py', pyFiles: ['s3a://b/deps.zip'] },
    warnings: [],
  },
  {
    name: '--files with #alias',
    argv: `--files /etc/app.conf#app.conf ${JOB}`,
    body: { file: JOB, files: ['/etc/app.conf#app.conf'] },
    warnings: [],
  },
  {
    name: '--archives',
    argv: `--archives hdfs:///e/env.tgz#env ${JOB}`,
    body: { file: JOB, archives: ['hdfs:///e/env.tgz#env'] },
    warnings: [],
  },
  { name: '--driver-memory', argv: `--driver-memory 4G ${JOB}`, body: { file: JOB, driverMemory: '4G' }, warnings: [] },
  {
    name: '--driver-java-options takes a dash value',
    argv: `--driver-java-options -Dx=1 ${JOB}`,
    body: { file: JOB, conf: { 'spark.driver.extraJavaOptions': '-Dx=1' } },
    warnings: [],
  },
  {
    name: '--driver-library-path',
    argv: `--driver-library-path /opt/native ${JOB}`,
    body: { file: JOB, conf: { 'spark.driver.extraLibraryPath': '/opt/native' } },
    warnings: [],
  },
  {
    name: '--driver-class-path',
    argv: `--driver-class-path /opt/x.jar ${JOB}`,
    body: { file: JOB, conf: { 'spark.driver.extraClassPath': '/opt/x.jar' } },
    warnings: [],
  },
  {
    name: '--driver-default-class-path (4.0, hidden)',
    argv: `--driver-default-class-path /opt/d.jar ${JOB}`,
    body: { file: JOB, conf: { 'spark.driver.defaultExtraClassPath': '/opt/d.jar' } },
    warnings: [],
  },
  { name: '--executor-memory', argv: `--executor-memory 512m ${JOB}`, body: { file: JOB, executorMemory: '512m' }, warnings: [] },
  { name: '--proxy-user', argv: `--proxy-user alice ${JOB}`, body: { file: JOB, proxyUser: 'alice' }, warnings: [] },
  { name: '--verbose does not change the body', argv: `--verbose -v ${JOB}`, body: { file: JOB }, warnings: [] },
  { name: '--load-spark-defaults is accepted silently', argv: `--load-spark-defaults ${JOB}`, body: { file: JOB }, warnings: [] },
  { name: '--driver-cores', argv: `--driver-cores 2 ${JOB}`, body: { file: JOB, driverCores: 2 }, warnings: [] },
  { name: '--supervise is dropped with a warning', argv: `--supervise ${JOB}`, body: { file: JOB }, warnings: ['--supervise'] },
  {
    name: '--total-executor-cores',
    argv: `--total-executor-cores 16 ${JOB}`,
    body: { file: JOB, conf: { 'spark.cores.max': '16' } },
    warnings: [],
  },
  { name: '--executor-cores with a plus sign', argv: `--executor-cores +4 ${JOB}`, body: { file: JOB, executorCores: 4 }, warnings: [] },
  { name: '--num-executors', argv: `--num-executors 10 ${JOB}`, body: { file: JOB, numExecutors: 10 }, warnings: [] },
  {
    name: '--principal and --keytab',
    argv: `--principal etl@EXAMPLE.COM --keytab /etc/security/etl.keytab ${JOB}`,
    body: { file: JOB, conf: { 'spark.kerberos.principal': 'etl@EXAMPLE.COM', 'spark.kerberos.keytab': '/etc/security/etl.keytab' } },
    warnings: ['Livy host'],
  },
  { name: '--queue', argv: `--queue etl ${JOB}`, body: { file: JOB, queue: 'etl' }, warnings: [] },
  { name: '--master local[4] is valid', argv: `--master local[4] ${JOB}`, body: { file: JOB }, warnings: ['--master local[4]'] },
  {
    name: '--master k8s URL',
    argv: `--master k8s://https://k:6443 --deploy-mode client ${JOB}`,
    body: { file: JOB },
    warnings: ['--master k8s://https://k:6443 and --deploy-mode client'],
  },
  { name: '--deploy-mode alone', argv: `--deploy-mode cluster ${JOB}`, body: { file: JOB }, warnings: ['--deploy-mode cluster'] },
  {
    name: 'valid spark.master and deploy mode in --conf are dropped with a warning',
    argv: `--conf spark.master=yarn --conf spark.submit.deployMode=cluster ${JOB}`,
    body: { file: JOB },
    warnings: ['Ignoring spark.master=yarn (from --conf)', 'Ignoring spark.submit.deployMode=cluster (from --conf)'],
  },
  {
    name: '--master beats an invalid spark.master, as in spark-submit',
    argv: `--master yarn --conf spark.master=mars ${JOB}`,
    body: { file: JOB },
    warnings: ['Ignoring --master yarn', 'Ignoring spark.master=mars'],
  },
  {
    name: 'cluster mode with a JVM app on standalone',
    argv: `--master spark://m:7077 --deploy-mode cluster ${JOB}`,
    body: { file: JOB },
    warnings: ['Ignoring --master spark://m:7077 and --deploy-mode cluster'],
  },
  {
    name: 'Java parses digits of any script: --num-executors ٣',
    argv: ['--num-executors', '\u0663', JOB],
    body: { file: JOB, numExecutors: 3 },
    warnings: [],
  },
  {
    name: 'Java parses fullwidth digits: --executor-cores ４',
    argv: ['--executor-cores', '\uff14', JOB],
    body: { file: JOB, executorCores: 4 },
    warnings: [],
  },
  {
    name: 'Java trims a tab around memory',
    argv: ['--executor-memory', '2g\t', JOB],
    body: { file: JOB, executorMemory: '2g\t' },
    warnings: [],
  },
  {
    name: 'a URI with a space is sent percent-encoded',
    argv: ['--jars', 'hdfs:///libs/my lib.jar', JOB],
    body: { file: JOB, jars: ['hdfs:///libs/my%20lib.jar'] },
    warnings: ['--jars: sending hdfs:///libs/my%20lib.jar'],
  },
  {
    name: 'an absolute path with a space becomes a file: URI for livy local',
    argv: ['/apps/my job.jar'],
    world: { local: true },
    body: { file: 'file:///apps/my%20job.jar' },
    warnings: [],
  },
  {
    name: 'a relative path with a space for livy local',
    argv: ['my job.py'],
    world: { local: true },
    body: { file: 'file:///home/me/project/my%20job.py' },
    warnings: [],
  },
  {
    name: 'a space in the #alias of a URI is percent-encoded too (Livy parses the alias as a URI fragment)',
    argv: ['--archives', 'hdfs:///e/env.tgz#my env', JOB],
    body: { file: JOB, archives: ['hdfs:///e/env.tgz#my%20env'] },
    warnings: ['--archives: sending hdfs:///e/env.tgz#my%20env (Livy cannot parse "hdfs:///e/env.tgz#my env"'],
  },
  {
    name: '[ and ] in the path of a URI are percent-encoded; an IPv6 host keeps its brackets',
    argv: ['--jars', 'hdfs://[::1]:8020/l/a[1].jar', JOB],
    body: { file: JOB, jars: ['hdfs://[::1]:8020/l/a%5B1%5D.jar'] },
    warnings: ['--jars: sending hdfs://[::1]:8020/l/a%5B1%5D.jar'],
  },
  {
    name: 'a space in the #alias of a path for livy local: a file: URI with the alias encoded',
    argv: ['--files', '/etc/app.conf#my app.conf', 'rel/[x].jar', '--arg'],
    world: { local: true },
    body: {
      file: 'file:///home/me/project/rel/%5Bx%5D.jar',
      files: ['file:///etc/app.conf#my%20app.conf'],
      args: ['--arg'],
    },
    warnings: [],
  },
  {
    name: 'livy-only options never reach the body',
    argv: `--url http://livy:8998 --header "X-A: 1" -o json --dry-run --async --timeout 10m --kill-on-interrupt --no-color --debug --log-file out.log ${JOB}`,
    body: { file: JOB },
    warnings: [],
  },
  {
    name: '--class on a Python app is dropped',
    argv: '--class x.Y /jobs/main.py',
    body: { file: '/jobs/main.py' },
    warnings: ['Ignoring --class x.Y: Python'],
  },
  {
    name: '--class on an R app is dropped',
    argv: '--class x.Y /jobs/main.R',
    body: { file: '/jobs/main.R' },
    warnings: ['R applications'],
  },
];

const precedence: OkCase[] = [
  {
    name: 'properties file < --conf',
    argv: `--properties-file job.properties --conf spark.sql.a=conf ${JOB}`,
    world: { files: { [PROPS]: 'spark.sql.a=file\nspark.sql.b = from-file  \n' } },
    body: { file: JOB, conf: { 'spark.sql.a': 'conf', 'spark.sql.b': 'from-file' } },
    warnings: [],
  },
  {
    name: '--conf before --properties-file still wins',
    argv: `--conf spark.sql.a=conf --properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.sql.a=file' } },
    body: { file: JOB, conf: { 'spark.sql.a': 'conf' } },
    warnings: [],
  },
  {
    name: 'last --properties-file wins',
    argv: `--properties-file other.properties --properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.a=1', '/home/me/project/other.properties': 'spark.b=2' } },
    body: { file: JOB, conf: { 'spark.a': '1' } },
    warnings: [],
  },
  {
    name: '--properties-file < --extra-properties-file (in order) < --conf',
    argv: `--extra-properties-file /e1.properties --conf spark.c=conf --extra-properties-file /e2.properties --properties-file job.properties ${JOB}`,
    world: {
      files: {
        [PROPS]: 'spark.a=base\nspark.b=base\nspark.c=base\nspark.d=base',
        '/e1.properties': 'spark.b=e1\nspark.c=e1\nspark.d=e1',
        '/e2.properties': 'spark.d=e2',
      },
    },
    body: { file: JOB, conf: { 'spark.a': 'base', 'spark.b': 'e1', 'spark.c': 'conf', 'spark.d': 'e2' } },
    warnings: [],
  },
  {
    name: 'non-Spark keys from a properties file are dropped',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.a=1\nfoo.bar=2' } },
    body: { file: JOB, conf: { 'spark.a': '1' } },
    warnings: ['Ignoring non-Spark config property: foo.bar'],
  },
  ...(
    [
      ['--executor-memory', '2g', 'spark.executor.memory', '4g', 'executorMemory', '2g'],
      ['--num-executors', '3', 'spark.executor.instances', '9', 'numExecutors', 3],
      ['--queue', 'q1', 'spark.yarn.queue', 'q2', 'queue', 'q1'],
      ['--executor-cores', '2', 'spark.executor.cores', '8', 'executorCores', 2],
      ['--driver-cores', '2', 'spark.driver.cores', '8', 'driverCores', 2],
      ['--name', 'job', 'spark.app.name', 'other', 'name', 'job'],
      ['--py-files', '/a.py', 'spark.submit.pyFiles', '/b.py', 'pyFiles', ['/a.py']],
    ] as const
  ).flatMap(([option, value, key, confValue, field, expected]): OkCase[] => [
    {
      name: `${option} beats an earlier --conf ${key} and drops it`,
      argv: ['--conf', `${key}=${confValue}`, option, value, '--conf', 'spark.other=1', '/m.py'],
      body: { file: '/m.py', [field]: expected, conf: { 'spark.other': '1' } },
      warnings: [`${option} ${value} overrides ${key}=${confValue}`],
    },
    {
      name: `${option} beats a later --conf ${key} and drops it`,
      argv: [option, value, '--conf', `${key}=${confValue}`, '/m.py'],
      body: { file: '/m.py', [field]: expected },
      warnings: [`overrides ${key}=${confValue} (from --conf)`],
    },
  ]),
  // Lists Livy merges with a conf key: both are sent, and the warning says what happens.
  ...(
    [
      ['--jars', '/a.jar', 'spark.jars', '/b.jar', 'jars', 'Livy adds the --jars list to spark.jars'],
      ['--files', '/a.txt', 'spark.files', '/b.txt', 'files', 'Livy adds the --files list to spark.files'],
      [
        '--archives',
        '/a.zip',
        'spark.archives',
        '/b.zip',
        'archives',
        'Livy passes --archives as spark.yarn.dist.archives and leaves spark.archives as given',
      ],
    ] as const
  ).flatMap(([option, value, key, confValue, field, why]): OkCase[] => [
    {
      name: `${option} and an earlier --conf ${key} are both sent`,
      argv: ['--conf', `${key}=${confValue}`, option, value, '/m.py'],
      body: { file: '/m.py', [field]: [value], conf: { [key]: confValue } },
      warnings: [`${option} ${value} and ${key}=${confValue} (from --conf) are both sent: ${why}`],
    },
    {
      name: `${option} and a later --conf ${key} are both sent`,
      argv: [option, value, '--conf', `${key}=${confValue}`, '/m.py'],
      body: { file: '/m.py', [field]: [value], conf: { [key]: confValue } },
      warnings: [`${option} ${value} and ${key}=${confValue} (from --conf) are both sent`],
    },
  ]),
  {
    name: '--archives and spark.yarn.dist.archives are both sent, silently: Livy merges them as spark-submit does on YARN',
    argv: ['--archives', '/a.zip', '--conf', 'spark.yarn.dist.archives=/b.zip', '/m.py'],
    body: { file: '/m.py', archives: ['/a.zip'], conf: { 'spark.yarn.dist.archives': '/b.zip' } },
    warnings: [],
  },
  {
    name: '--jars keeps a spark.jars from a properties file too',
    argv: `--properties-file job.properties --jars /a.jar ${JOB}`,
    world: { files: { [PROPS]: 'spark.jars=/b.jar' } },
    body: { file: JOB, jars: ['/a.jar'], conf: { 'spark.jars': '/b.jar' } },
    warnings: ['--jars /a.jar and spark.jars=/b.jar (from job.properties) are both sent'],
  },
  {
    name: 'a byte-order mark at the start of a properties file: the first property is ignored, as Spark does',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: '\uFEFFspark.executor.memory=4g\nspark.test.x=1' } },
    body: { file: JOB, conf: { 'spark.test.x': '1' } },
    warnings: ["Ignoring 'spark.executor.memory' on line 1 of job.properties: the file starts with a UTF-8 byte-order mark"],
  },
  {
    name: 'a dedicated option beats the properties file',
    argv: `--properties-file job.properties --executor-memory 2g ${JOB}`,
    world: { files: { [PROPS]: 'spark.executor.memory=4g' } },
    body: { file: JOB, executorMemory: '2g' },
    warnings: ['overrides spark.executor.memory=4g (from job.properties)'],
  },
  {
    name: 'same value in option and conf: no warning',
    argv: `--conf spark.executor.memory=2g --executor-memory 2g ${JOB}`,
    body: { file: JOB, executorMemory: '2g' },
    warnings: [],
  },
  {
    name: '--packages beats spark.jars.packages whatever the order',
    argv: `--packages a:b:1 --conf spark.jars.packages=c:d:2 ${JOB}`,
    body: { file: JOB, conf: { 'spark.jars.packages': 'a:b:1' } },
    warnings: ['--packages a:b:1 overrides spark.jars.packages=c:d:2'],
  },
  {
    name: '--total-executor-cores beats spark.cores.max',
    argv: `--total-executor-cores 4 --conf spark.cores.max=0 ${JOB}`,
    body: { file: JOB, conf: { 'spark.cores.max': '4' } },
  },
  {
    name: 'a conf key alone stays in conf',
    argv: `--conf spark.executor.memory=4g --conf spark.executor.instances=2 --conf spark.yarn.queue=q ${JOB}`,
    body: { file: JOB, conf: { 'spark.executor.memory': '4g', 'spark.executor.instances': '2', 'spark.yarn.queue': 'q' } },
    warnings: [],
  },
  // The four launcher-rewritten driver options: the later one wins.
  {
    name: '--conf spark.driver.memory after --driver-memory wins',
    argv: `--driver-memory 4g --conf spark.driver.memory=8g ${JOB}`,
    body: { file: JOB, driverMemory: '8g' },
    warnings: ['spark.driver.memory=8g (from --conf) comes after --driver-memory 4g'],
  },
  {
    name: '--driver-memory after --conf spark.driver.memory wins',
    argv: `--conf spark.driver.memory=8g --driver-memory 4g ${JOB}`,
    body: { file: JOB, driverMemory: '4g' },
    warnings: [],
  },
  {
    name: '--conf spark.driver.memory alone becomes driverMemory',
    argv: `--conf spark.driver.memory=3g ${JOB}`,
    body: { file: JOB, driverMemory: '3g' },
    warnings: [],
  },
  {
    name: 'spark.driver.memory from a properties file becomes driverMemory, below the flag',
    argv: `--driver-memory 5g --properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.driver.memory 3g\nspark.driver.cores=2' } },
    body: { file: JOB, driverMemory: '5g', conf: { 'spark.driver.cores': '2' } },
    warnings: [],
  },
  {
    name: 'spark.driver.memory from a properties file alone',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.driver.memory: 3g' } },
    body: { file: JOB, driverMemory: '3g' },
  },
  ...(
    [
      ['--driver-java-options', 'spark.driver.extraJavaOptions', '-Da=1', '-Db=2'],
      ['--driver-class-path', 'spark.driver.extraClassPath', '/a.jar', '/b.jar'],
      ['--driver-library-path', 'spark.driver.extraLibraryPath', '/lib/a', '/lib/b'],
    ] as const
  ).flatMap(([option, key, flagValue, confValue]): OkCase[] => [
    {
      name: `${option} then --conf ${key}: the conf wins`,
      argv: [option, flagValue, '--conf', `${key}=${confValue}`, JOB],
      body: { file: JOB, conf: { [key]: confValue } },
      warnings: ['comes after'],
    },
    {
      name: `--conf ${key} then ${option}: the option wins`,
      argv: ['--conf', `${key}=${confValue}`, option, flagValue, JOB],
      body: { file: JOB, conf: { [key]: flagValue } },
      warnings: [],
    },
  ]),
  {
    name: 'spark.master and spark.submit.deployMode are dropped with warnings',
    argv: `--conf spark.master=yarn --conf spark.submit.deployMode=cluster --conf spark.a=1 ${JOB}`,
    body: { file: JOB, conf: { 'spark.a': '1' } },
    warnings: ['Ignoring spark.master=yarn', 'Ignoring spark.submit.deployMode=cluster'],
  },
  {
    name: 'non-Spark --conf keys are dropped',
    argv: `--conf foo=bar --conf =v --conf " spark.x=1" ${JOB}`,
    body: { file: JOB },
    warnings: [
      'Ignoring non-Spark config property: foo',
      'Ignoring non-Spark config property: ',
      'Ignoring non-Spark config property:  spark.x',
    ],
  },
  {
    name: '--num-executors 0 with dynamic allocation',
    argv: `--num-executors 0 --conf spark.dynamicAllocation.enabled=TRUE ${JOB}`,
    body: { file: JOB, numExecutors: 0, conf: { 'spark.dynamicAllocation.enabled': 'TRUE' } },
  },
  {
    name: 'spark.executor.instances=0 with dynamic allocation from a properties file',
    argv: `--properties-file job.properties --conf spark.executor.instances=0 ${JOB}`,
    world: { files: { [PROPS]: 'spark.dynamicAllocation.enabled true' } },
    body: { file: JOB, conf: { 'spark.dynamicAllocation.enabled': 'true', 'spark.executor.instances': '0' } },
  },
];

const conf: OkCase[] = [
  {
    name: '--conf=k=v=w splits at the first =',
    argv: `--conf=spark.a=b=c ${JOB}`,
    body: { file: JOB, conf: { 'spark.a': 'b=c' } },
    warnings: [],
  },
  { name: '--conf k= is an empty value', argv: `--conf spark.a= ${JOB}`, body: { file: JOB, conf: { 'spark.a': '' } }, warnings: [] },
  {
    name: '--conf values are not trimmed',
    argv: ['--conf', 'spark.a= x ', JOB],
    body: { file: JOB, conf: { 'spark.a': ' x ' } },
    warnings: [],
  },
  {
    name: '--conf accumulates, last per key',
    argv: `-c spark.a=1 --conf spark.b=2 -c spark.a=3 ${JOB}`,
    body: { file: JOB, conf: { 'spark.a': '3', 'spark.b': '2' } },
  },
  {
    name: '--conf value with a newline in the separate form',
    argv: ['--conf', 'spark.a=x\ny', JOB],
    body: { file: JOB, conf: { 'spark.a': 'x\ny' } },
  },
];

const paths: OkCase[] = [
  {
    name: 'relative primary resource on a local server becomes a file: URI',
    argv: 'target/app.jar',
    world: { local: true },
    body: { file: 'file:///home/me/project/target/app.jar' },
    warnings: [],
  },
  {
    name: 'relative paths with spaces, .. and #alias on a local server',
    argv: ['--files', '../conf/my app.conf#app.conf', '--py-files', 'deps.zip', 'main.py'],
    world: { local: true },
    body: {
      file: 'file:///home/me/project/main.py',
      pyFiles: ['file:///home/me/project/deps.zip'],
      files: ['file:///home/me/conf/my%20app.conf#app.conf'],
    },
    warnings: [],
  },
  {
    name: 'absolute paths and URIs go verbatim on a local server, without warnings',
    argv: `--jars /opt/a.jar,local:/opt/b.jar ${JOB}`,
    world: { local: true, existing: ['/opt/a.jar', JOB] },
    body: { file: JOB, jars: ['/opt/a.jar', 'local:/opt/b.jar'] },
    warnings: [],
  },
  {
    name: '--archives on the local server warns that Livy sends them to YARN only',
    argv: `--archives hdfs:///envs/env.tar.gz#env ${JOB}`,
    world: { local: true },
    body: { file: JOB, archives: ['hdfs:///envs/env.tar.gz#env'] },
    warnings: ['spark.yarn.dist.archives'],
  },
  {
    name: 'a spark-submit option after the application goes to the application, with a warning saying so',
    argv: `hdfs:///jobs/job.py --py-files ./lib --input x`,
    body: { file: 'hdfs:///jobs/job.py', args: ['--py-files', './lib', '--input', 'x'] },
    warnings: ['--py-files comes after the application hdfs:///jobs/job.py, so it is passed to the application as an argument'],
  },
  {
    name: 'application arguments of its own raise no warning',
    argv: `hdfs:///jobs/job.py --input x --verbose --name=y`,
    body: { file: 'hdfs:///jobs/job.py', args: ['--input', 'x', '--verbose', '--name=y'] },
    warnings: [],
  },
  {
    name: '--archives on a local server running Spark on its YARN cluster: no warning, YARN unpacks them',
    argv: `--archives hdfs:///envs/env.tar.gz#env ${JOB}`,
    world: { local: true, localYarn: true },
    body: { file: JOB, archives: ['hdfs:///envs/env.tar.gz#env'] },
    warnings: [],
  },
  {
    name: 'an absolute path that exists here warns when the server is remote',
    argv: `--jars /opt/a.jar,/opt/missing.jar ${JOB}`,
    world: { existing: ['/opt/a.jar'] },
    body: { file: JOB, jars: ['/opt/a.jar', '/opt/missing.jar'] },
    warnings: ["/opt/a.jar exists on this machine, but Livy resolves it on the cluster's default filesystem"],
  },
  {
    name: 'an existing absolute primary resource warns too',
    argv: JOB,
    world: { existing: [JOB] },
    body: { file: JOB },
    warnings: ['The application file /apps/job.jar exists on this machine'],
  },
  {
    name: 'conf file lists are resolved like the options on a local server',
    argv: `--conf spark.jars=lib/a.jar,/opt/b.jar ${JOB}`,
    world: { local: true },
    body: { file: JOB, conf: { 'spark.jars': 'file:///home/me/project/lib/a.jar,/opt/b.jar' } },
  },
  {
    name: 'conf file lists that need nothing are left exactly as written',
    argv: ['--conf', 'spark.files=hdfs:///a, hdfs:///b', JOB],
    body: { file: JOB, conf: { 'spark.files': 'hdfs:///a, hdfs:///b' } },
    warnings: [],
  },
];

const lists: OkCase[] = [
  {
    name: 'entries are trimmed with a warning',
    argv: ['--jars', '/l/a.jar, /l/b.jar ,/l/c.jar', JOB],
    body: { file: JOB, jars: ['/l/a.jar', '/l/b.jar', '/l/c.jar'] },
    warnings: ["--jars: trimmed whitespace around '/l/b.jar'"],
  },
  {
    name: 'empty entries are dropped silently',
    argv: `--files ,/a.txt,,/b.txt, ${JOB}`,
    body: { file: JOB, files: ['/a.txt', '/b.txt'] },
    warnings: [],
  },
  {
    name: 'an empty list sends nothing but still shadows the conf key',
    argv: ['--py-files', '', '--conf', 'spark.submit.pyFiles=/x.py', '/m.py'],
    body: { file: '/m.py' },
    warnings: ["--py-files '' overrides spark.submit.pyFiles=/x.py"],
  },
  {
    name: 'an empty --jars sends nothing and leaves spark.jars alone',
    argv: ['--jars', '', '--conf', 'spark.jars=/x.jar', JOB],
    body: { file: JOB, conf: { 'spark.jars': '/x.jar' } },
    warnings: [],
  },
  {
    name: 'Java trims only code points <= U+0020: a tab goes (with a warning)',
    argv: ['--jars', '/l/a.jar,\t/l/b.jar', JOB],
    body: { file: JOB, jars: ['/l/a.jar', '/l/b.jar'] },
    warnings: ["--jars: trimmed whitespace around '/l/b.jar'"],
  },
];

const errors: ErrorCase[] = [
  // Example 6, verbatim.
  {
    name: 'example 6: --conf without =',
    argv: '--conf spark.executor.memory /apps/job.jar',
    error: "Invalid argument to --conf: 'spark.executor.memory' is not KEY=VALUE",
  },
  { name: 'example 6: unknown option', argv: '--foo bar /apps/job.jar', error: "Unrecognized option '--foo'" },
  {
    name: "--help with an unknown option is an error, as in Spark's launcher (it parses every option first)",
    argv: '--help --bogus /apps/job.jar',
    error: "Unrecognized option '--bogus'",
  },
  { name: 'example 6: no primary resource', argv: '--class com.example.Job', error: 'Must specify a primary resource' },
  {
    name: 'example 6: zero executor cores',
    argv: '--executor-cores 0 /apps/job.jar',
    error: 'Executor cores must be a positive number: --executor-cores 0',
  },
  {
    name: 'example 6: fractional memory',
    argv: '--driver-memory 1.5g /apps/job.jar',
    error: 'Driver memory must be a positive number: --driver-memory 1.5g',
  },
  // Memory.
  { name: 'zero executor memory', argv: `--executor-memory 0 ${JOB}`, error: 'Executor memory must be a positive number' },
  { name: 'memory with an unknown unit', argv: `--executor-memory 4gib ${JOB}`, error: 'Executor memory' },
  { name: 'memory that overflows a long', argv: `--executor-memory 99999999p ${JOB}`, error: 'Executor memory' },
  {
    name: 'conf executor memory is validated',
    argv: `--conf spark.executor.memory=lots ${JOB}`,
    error: 'Executor memory must be a positive number: spark.executor.memory=lots (from --conf)',
  },
  {
    name: 'conf driver memory is validated',
    argv: `--conf spark.driver.memory=1.5g ${JOB}`,
    error: 'Driver memory must be a positive number: spark.driver.memory=1.5g',
  },
  {
    name: 'driver memory from a properties file is validated',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.driver.memory=-1' } },
    error: 'spark.driver.memory=-1 (from job.properties)',
  },
  // Counts.
  { name: 'negative driver cores', argv: `--driver-cores -1 ${JOB}`, error: 'Driver cores must be a positive number: --driver-cores -1' },
  { name: 'non-numeric executor cores', argv: `--executor-cores two ${JOB}`, error: 'Executor cores' },
  { name: 'fractional executor cores', argv: `--executor-cores 1.5 ${JOB}`, error: 'Executor cores' },
  { name: 'executor cores beyond an int', argv: `--executor-cores 2147483648 ${JOB}`, error: 'Executor cores' },
  { name: 'zero total executor cores', argv: `--total-executor-cores 0 ${JOB}`, error: 'Total executor cores must be a positive number' },
  {
    name: 'zero executors without dynamic allocation',
    argv: `--num-executors 0 ${JOB}`,
    error: 'Number of executors must be a positive number',
    hint: 'spark.dynamicAllocation.enabled=true',
  },
  {
    name: 'negative executors even with dynamic allocation',
    argv: `--num-executors -2 --conf spark.dynamicAllocation.enabled=true ${JOB}`,
    error: 'Number of executors',
  },
  {
    name: 'conf executor instances 0',
    argv: `--conf spark.executor.instances=0 ${JOB}`,
    error: 'Number of executors must be a positive number: spark.executor.instances=0 (from --conf)',
  },
  {
    name: 'conf executor cores 0',
    argv: `--conf spark.executor.cores=0 ${JOB}`,
    error: 'Executor cores must be a positive number: spark.executor.cores=0',
  },
  { name: 'conf driver cores x', argv: `--conf spark.driver.cores=x ${JOB}`, error: 'Driver cores must be a positive number' },
  // Other validation.
  {
    name: 'bad deploy mode',
    argv: `--deploy-mode yarn ${JOB}`,
    error: "Deploy mode must be either client or cluster: --deploy-mode 'yarn'",
  },
  {
    name: 'bad master',
    argv: `--master mars://x ${JOB}`,
    error: "Master must either be yarn or start with spark, mesos, k8s, or local: --master 'mars://x'",
  },
  {
    name: 'yarn-cluster is no master in Spark 3',
    argv: `--master yarn-cluster ${JOB}`,
    error: "Master must either be yarn or start with spark, mesos, k8s, or local: --master 'yarn-cluster'",
  },
  {
    name: 'bad spark.master in --conf',
    argv: `--conf spark.master=mars ${JOB}`,
    error: 'Master must either be yarn or start with spark, mesos, k8s, or local: spark.master=mars (from --conf)',
  },
  {
    name: 'bad spark.master in a properties file',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.master yarn-client' } },
    error: 'spark.master=yarn-client (from job.properties)',
  },
  {
    name: 'bad spark.submit.deployMode in --conf',
    argv: `--conf spark.submit.deployMode=remote ${JOB}`,
    error: 'Deploy mode must be either client or cluster: spark.submit.deployMode=remote (from --conf)',
  },
  { name: 'k8s master without k8s://', argv: `--master k8s-prod ${JOB}`, error: 'Kubernetes master URL must start with k8s://' },
  {
    name: 'cluster deploy mode with a local master',
    argv: `--master local[4] --deploy-mode cluster ${JOB}`,
    error: 'Cluster deploy mode is not compatible with master "local"',
  },
  {
    name: 'cluster deploy mode from conf with a local master option',
    argv: `--master local --conf spark.submit.deployMode=cluster ${JOB}`,
    error: 'Cluster deploy mode is not compatible with master "local": spark.submit.deployMode=cluster (from --conf) with --master',
  },
  {
    name: 'cluster deploy mode for Python on standalone',
    argv: '--master spark://m:7077 --deploy-mode cluster /jobs/main.py',
    error: 'Cluster deploy mode is currently not supported for python applications on standalone clusters',
  },
  {
    name: 'cluster deploy mode for R on standalone',
    argv: '--master spark://m:7077 --deploy-mode cluster /jobs/main.R',
    error: 'not supported for R applications on standalone clusters',
  },
  {
    name: 'cluster deploy mode for the Thrift server',
    argv: `--deploy-mode cluster --class org.apache.spark.sql.hive.thriftserver.HiveThriftServer2 ${JOB}`,
    error: 'Cluster deploy mode is not applicable to Spark Thrift server',
  },
  {
    name: '-Xmx in spark.driver.defaultJavaOptions',
    argv: ['--conf', 'spark.driver.defaultJavaOptions=-Xmx2g', JOB],
    error:
      'Not allowed to specify max heap (Xmx) memory settings through java options: spark.driver.defaultJavaOptions=-Xmx2g (from --conf)',
    hint: '--driver-memory',
  },
  {
    name: '-Xmx in spark.executor.defaultJavaOptions',
    argv: ['--conf', 'spark.executor.defaultJavaOptions=-XX:+UseG1GC -Xmx2g', JOB],
    error: 'spark.executor.defaultJavaOptions=-XX:+UseG1GC -Xmx2g',
    hint: '--executor-memory',
  },
  {
    name: 'Java does not trim a no-break space from memory',
    argv: ['--driver-memory', '\u00a02g', JOB],
    error: 'Driver memory must be a positive number',
  },
  {
    name: 'digits outside the BMP are not digits to Java',
    argv: ['--executor-cores', '\u{1D7D0}', JOB],
    error: 'Executor cores must be a positive number',
  },
  {
    name: 'a no-break space inside a list entry is not trimmed, and Livy cannot take it',
    argv: ['--jars', '/l/a.jar,\u00a0/l/b.jar', JOB],
    error: '--jars "\\u00a0/l/b.jar" contains a character Livy cannot take',
  },
  {
    name: 'an absolute path with a space, for a remote server',
    argv: ['/apps/my job.jar'],
    error: 'The application file "/apps/my job.jar" contains a character Livy cannot take in a path',
    hint: '%20',
  },
  {
    name: 'a --files entry with a space, for a remote server',
    argv: ['--files', '/etc/my app.conf', JOB],
    error: '--files "/etc/my app.conf" contains a character Livy cannot take',
  },
  {
    name: 'a plain path whose #alias has a space, for a remote server',
    argv: ['--files', '/etc/app.conf#my app.conf', JOB],
    error: '--files "/etc/app.conf#my app.conf" contains a character Livy cannot take in a path',
    hint: '%20',
  },
  {
    name: 'a plain path with [ ], for a remote server',
    argv: ['--jars', '/data/a[1].jar', JOB],
    error: '--jars "/data/a[1].jar" contains a character Livy cannot take in a path',
  },
  {
    name: 'a plain path with %20, for a remote server: Livy decodes it, then cannot parse the space',
    argv: ['/apps/my%20job.jar'],
    error: 'The application file "/apps/my%20job.jar" contains a character Livy cannot take in a path',
  },
  {
    name: 'a plain path with ?, for a remote server: Livy would read the rest as a query and drop it',
    argv: ['--py-files', '/libs/a?.py', '/m.py'],
    error: '--py-files "/libs/a?.py" contains a character Livy cannot take in a path',
  },
  {
    name: "pyspark-shell-main is the launcher's, not an application",
    argv: 'pyspark-shell-main --name x',
    error: "'pyspark-shell-main' is not an application Livy can run as a batch",
  },
  {
    name: "sparkr-shell-main is the launcher's, not an application",
    argv: 'sparkr-shell-main',
    error: "'sparkr-shell-main' is not an application Livy can run as a batch",
  },
  {
    name: '-Xmx in --driver-java-options',
    argv: `--driver-java-options -Xmx4g ${JOB}`,
    error: 'Not allowed to specify max heap (Xmx)',
    hint: '--driver-memory',
  },
  {
    name: '-Xmx in spark.driver.extraJavaOptions',
    argv: ['--conf', 'spark.driver.extraJavaOptions=-Dx=1 -Xmx2g', JOB],
    error: 'spark.driver.extraJavaOptions=-Dx=1 -Xmx2g (from --conf)',
  },
  {
    name: '-Xmx in a properties file',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.driver.extraJavaOptions -Xmx1g' } },
    error: 'Xmx',
  },
  {
    name: '-Xmx in spark.executor.extraJavaOptions',
    argv: ['--conf', 'spark.executor.extraJavaOptions=-Xmx2g', JOB],
    error: 'Not allowed to specify max heap (-Xmx)',
    hint: '--executor-memory',
  },
  {
    name: '--proxy-user with --principal',
    argv: `--proxy-user bob --principal etl@X ${JOB}`,
    error: 'Only one of --proxy-user or --principal can be provided.',
  },
  {
    name: '--proxy-user with a conf principal',
    argv: `--proxy-user bob --conf spark.kerberos.principal=etl@X ${JOB}`,
    error: 'Only one of --proxy-user or --principal',
    hint: 'spark.kerberos.principal=etl@X',
  },
  { name: 'all-digit --name', argv: `--name 2024 ${JOB}`, error: "--name '2024' is all digits" },
  { name: 'all-digit --name in other scripts', argv: `--name ٢٠٢٤ ${JOB}`, error: 'all digits' },
  { name: '--name ..', argv: `--name .. ${JOB}`, error: "--name '..' cannot be used" },
  { name: '--name .', argv: `--name . ${JOB}`, error: "--name '.' cannot be used" },
  { name: 'empty --name', argv: ['--name', '', JOB], error: '--name must not be empty' },
  { name: 'empty --class', argv: ['--class', '', JOB], error: '--class needs a class name' },
  { name: 'empty --queue', argv: ['--queue', '', JOB], error: '--queue needs a queue name' },
  { name: '--remote', argv: `--remote sc://host:15002 ${JOB}`, error: '--remote (Spark Connect) cannot be used with Livy' },
  { name: 'spark.remote conf', argv: `--conf spark.remote=sc://h ${JOB}`, error: 'spark.remote (Spark Connect)' },
  ...['spark-internal', 'pyspark-shell', 'sparkr-shell', 'spark-shell', 'connect-shell', 'run-example'].map((resource) => ({
    name: `${resource} as primary resource`,
    argv: `--class x.Y ${resource}`,
    error: `'${resource}' is not an application Livy can run`,
  })),
  // Paths.
  {
    name: 'relative primary resource on a remote server',
    argv: 'target/app.jar',
    error: 'The application file target/app.jar is a relative path, and Livy cannot read files from this machine',
    hint: "'livy local'",
  },
  {
    name: 'relative --jars entry on a remote server',
    argv: `--jars /ok.jar,lib/dep.jar ${JOB}`,
    error: '--jars lib/dep.jar is a relative path',
    hint: 'upload it to HDFS or S3',
  },
  { name: 'relative --files with alias', argv: `--files app.conf#a ${JOB}`, error: '--files app.conf is a relative path' },
  { name: 'relative --archives', argv: `--archives env.tgz ${JOB}`, error: '--archives env.tgz' },
  { name: 'relative --py-files', argv: '--py-files deps.zip /m.py', error: '--py-files deps.zip' },
  {
    name: 'relative entry of spark.jars conf',
    argv: `--conf spark.jars=lib/x.jar ${JOB}`,
    error: 'spark.jars (from --conf) lib/x.jar is a relative path',
  },
  // Properties files.
  {
    name: 'missing properties file',
    argv: `--properties-file nope.properties ${JOB}`,
    error: '--properties-file nope.properties: cannot read the file (ENOENT',
  },
  {
    name: 'malformed \\u escape in a properties file',
    argv: `--properties-file job.properties ${JOB}`,
    world: { files: { [PROPS]: 'spark.a=1\n\nspark.b=\\u12G4' } },
    error: 'job.properties:3: malformed \\uXXXX escape',
  },
  {
    name: 'missing extra properties file',
    argv: `--extra-properties-file /x.properties ${JOB}`,
    error: '--extra-properties-file /x.properties',
  },
];

function check(c: OkCase) {
  const result = submit(c.argv, c.world);
  expect(result.request).toEqual(c.body);
  if (c.warnings) {
    expect(result.warnings).toHaveLength(c.warnings.length);
    c.warnings.forEach((w, i) => expect(result.warnings[i]).toContain(w));
  }
}

describe('translateSubmit', () => {
  describe('worked examples of the issue', () => test.each(workedExamples)('$name', check));
  describe('every option', () => test.each(everyOption)('$name', check));
  describe('precedence', () => test.each(precedence)('$name', check));
  describe('--conf', () => test.each(conf)('$name', check));
  describe('paths', () => test.each(paths)('$name', check));
  describe('comma lists', () => test.each(lists)('$name', check));
  describe('errors', () => {
    test.each(errors)('$name', (c) => {
      const error = usageError(() => submit(c.argv, c.world));
      expect(error.message).toContain(c.error);
      expect(error.message).not.toContain('\n');
      if (c.hint) expect(error.hint).toContain(c.hint);
    });
  });

  test('body keys come in a stable, readable order', () => {
    const { request } = submit(
      '--conf spark.a=1 --queue q --num-executors 2 --executor-cores 1 --executor-memory 1g --driver-cores 1 --driver-memory 1g --archives /a.zip --files /f --py-files /p.py --jars /j.jar --proxy-user u --name n --class c.C /app.jar x',
    );
    expect(Object.keys(request)).toEqual([
      'file',
      'className',
      'name',
      'args',
      'proxyUser',
      'jars',
      'pyFiles',
      'files',
      'archives',
      'driverMemory',
      'driverCores',
      'executorMemory',
      'executorCores',
      'numExecutors',
      'queue',
      'conf',
    ]);
  });

  test('absent fields are omitted, never undefined or empty', () => {
    const { request } = submit(JOB);
    expect(JSON.stringify(request)).toBe('{"file":"/apps/job.jar"}');
  });
});
