import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allocateClusterPorts, type ClusterPorts } from '../../../src/local/hadoop/cluster-ports.js';
import { clusterUrls, hadoopClusterStatus } from '../../../src/local/hadoop/cluster.js';
import { writeClusterState } from '../../../src/local/hadoop/cluster-state.js';
import { stopDaemon } from '../../../src/local/hadoop/daemon-process.js';
import { capacitySchedulerSite, coreSite, hdfsSite, renderHadoopXml, yarnSite } from '../../../src/local/hadoop/hadoop-conf.js';
import { hadoopPaths } from '../../../src/local/hadoop/hadoop-paths.js';
import { HADOOP_ARTIFACTS, renderHadoopPom } from '../../../src/local/hadoop/hadoop-pom.js';
import { DEFAULT_HADOOP_VERSION, hadoopVersionOfSpark } from '../../../src/local/hadoop/hadoop-version.js';
import { descendantsOf, isRunning } from '../../../src/local/hadoop/process-tree.js';
import { checkHadoopLayout } from '../../../src/local/hadoop/provision-hadoop.js';
import { sparkDefaults } from '../../../src/local/hadoop/spark-conf.js';
import { yarnLivyConf, yarnLivyEnv } from '../../../src/local/hadoop/yarn-livy.js';
import { clusterStatusLines } from '../../../src/cli/commands/local/cluster-status-text.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'livy-unit-hadoop-'));
const env = { LIVY_LOCAL_HOME: '/cache', LIVY_LOCAL_RUN_DIR: '/run' };
const paths = hadoopPaths('3.3.4', '3.5.6', env);
const ports: ClusterPorts = {
  nameNodeRpc: 1001,
  nameNodeHttp: 1002,
  dataNodeTransfer: 1003,
  dataNodeHttp: 1004,
  dataNodeIpc: 1005,
  resourceManager: 1006,
  resourceManagerScheduler: 1007,
  resourceManagerTracker: 1008,
  resourceManagerAdmin: 1009,
  resourceManagerHttp: 1010,
  nodeManager: 1011,
  nodeManagerLocalizer: 1012,
  nodeManagerHttp: 1013,
};

describe('Hadoop version and layout', () => {
  it('matches the Hadoop client inside the Spark distribution', () => {
    const home = tmp();
    mkdirSync(join(home, 'jars'));
    writeFileSync(join(home, 'jars', 'hadoop-client-api-3.3.6.jar'), '');
    expect(hadoopVersionOfSpark(home)).toBe('3.3.6');
    expect(hadoopVersionOfSpark(tmp())).toBe(DEFAULT_HADOOP_VERSION);
  });

  it('keeps jars in the shared cache and cluster data in the run dir', () => {
    expect(paths.jarsDir).toBe('/cache/hadoop-3.3.4/jars');
    expect(paths.sparkArchive).toBe('/cache/spark-archive/spark-libs-3.5.6.zip');
    expect(paths.confDir).toBe('/run/hadoop/conf');
    expect(paths.recoveryDir).toBe('/run/livy-recovery');
  });

  it('names what an incomplete layout lacks', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'jars'));
    writeFileSync(join(dir, 'jars', 'hadoop-common-3.3.4.jar'), '');
    const problems = checkHadoopLayout('3.3.4', join(dir, 'jars'), join(dir, 'web'));
    expect(problems).toContain('jars/ has no hadoop-hdfs-3.3.4.jar');
    expect(problems).toContain('jars/ has no slf4j-reload4j binder');
    expect(problems).toContain('web/webapps/hdfs is missing');
    expect(problems.join()).not.toMatch(/hadoop-common/);
  });
});

describe('Hadoop POM', () => {
  const pom = renderHadoopPom({ version: '3.3.4', jarsDir: '/c/jars & co', webappsParent: '/c/web' });
  it('imports hadoop-project as a BOM and lists every daemon artifact and the logging binder', () => {
    expect(pom).toMatch(/<artifactId>hadoop-project<\/artifactId><version>3\.3\.4<\/version>\s*<type>pom<\/type><scope>import<\/scope>/);
    for (const a of HADOOP_ARTIFACTS) expect(pom).toContain(`<artifactId>${a}</artifactId><version>3.3.4</version>`);
    expect(pom).toContain('<artifactId>slf4j-reload4j</artifactId>');
    expect(HADOOP_ARTIFACTS).toContain('hadoop-yarn-server-timelineservice');
  });
  it('unpacks only webapps/ from the hadoop-hdfs tests jar and escapes paths', () => {
    expect(pom).toMatch(/<classifier>tests<\/classifier>[\s\S]*<includes>webapps\/\*\*<\/includes>/);
    expect(pom).toContain('<outputDirectory>/c/jars &amp; co</outputDirectory>');
    // A comment may not contain "--".
    expect(pom.match(/<!--([\s\S]*?)-->/g)!.every((c) => !c.slice(4, -3).includes('--'))).toBe(true);
  });
});

describe('Hadoop configuration', () => {
  const all = { ...coreSite(paths, ports), ...hdfsSite(paths, ports), ...yarnSite(paths, ports) };
  it('binds every address to 127.0.0.1', () => {
    const addresses = Object.entries(all).filter(([, v]) => /^[\w.-]+:\d+$/.test(String(v)) || /^hdfs:\/\//.test(String(v)));
    expect(addresses.length).toBeGreaterThan(12);
    for (const [k, v] of addresses) expect([k, String(v)]).toEqual([k, expect.stringMatching(/^(hdfs:\/\/)?127\.0\.0\.1:\d+$/)]);
    expect(all['dfs.datanode.hostname']).toBe('127.0.0.1');
    expect(all['yarn.resourcemanager.hostname']).toBe('127.0.0.1');
  });
  it('turns WebHDFS on and points HDFS at the run dir', () => {
    expect(all['dfs.webhdfs.enabled']).toBe(true);
    expect(all['fs.defaultFS']).toBe('hdfs://127.0.0.1:1001');
    expect(all['dfs.namenode.name.dir']).toBe('file:///run/hadoop/data/name');
  });
  it('has the default and etl queues, each allowed to run only application masters', () => {
    const cs = capacitySchedulerSite();
    expect(cs['yarn.scheduler.capacity.root.queues']).toBe('default,etl');
    expect(cs['yarn.scheduler.capacity.root.etl.capacity']).toBe(50);
    expect(cs['yarn.scheduler.capacity.root.etl.maximum-am-resource-percent']).toBe(1.0);
    expect(cs['yarn.scheduler.capacity.maximum-am-resource-percent']).toBe(1.0);
  });
  it('renders Hadoop XML with escaped names and values', () => {
    expect(renderHadoopXml({ 'a<b': 'x&y' })).toContain('<property><name>a&lt;b</name><value>x&amp;y</value></property>');
  });
  it('gives users the web addresses of the daemons', () => {
    expect(clusterUrls(ports)).toMatchObject({
      hdfs: 'hdfs://127.0.0.1:1001',
      webhdfs: 'http://127.0.0.1:1002/webhdfs/v1',
      resourceManager: 'http://127.0.0.1:1010',
    });
  });
});

describe('ports', () => {
  it('allocates distinct free ports for every daemon role', async () => {
    const p = await allocateClusterPorts();
    const values = Object.values(p);
    expect(values).toHaveLength(13);
    expect(new Set(values).size).toBe(13);
    for (const v of values) expect(v).toBeGreaterThan(0);
  });
});

describe('Spark and Livy on YARN', () => {
  it('uses the archive in HDFS and sets the Python through the environment, so --archives can replace it', () => {
    const d = sparkDefaults('/livy-cli/spark-libs-3.5.6.zip', '/venv/bin/python');
    expect(d['spark.yarn.archive']).toBe('hdfs:///livy-cli/spark-libs-3.5.6.zip');
    expect(d['spark.yarn.appMasterEnv.PYSPARK_PYTHON']).toBe('/venv/bin/python');
    expect(d['spark.yarn.appMasterEnv.SPARK_LOCAL_IP']).toBe('127.0.0.1');
    expect(d).not.toHaveProperty('spark.pyspark.python');
  });
  it('runs Livy in cluster mode on YARN with filesystem recovery', () => {
    expect(yarnLivyConf(paths)).toMatchObject({
      'livy.spark.master': 'yarn',
      'livy.spark.deploy-mode': 'cluster',
      'livy.server.recovery.mode': 'recovery',
      'livy.server.recovery.state-store': 'filesystem',
      'livy.server.recovery.state-store.url': 'file:///run/livy-recovery',
    });
    expect(yarnLivyEnv(paths)).toMatchObject({
      HADOOP_CONF_DIR: '/run/hadoop/conf',
      YARN_CONF_DIR: '/run/hadoop/conf',
      SPARK_CONF_DIR: '/run/hadoop/spark-conf',
    });
  });
});

describe('status text', () => {
  it('shows addresses, queues with their use, and each daemon', () => {
    const lines = clusterStatusLines({
      kind: 'yarn',
      hadoopVersion: '3.3.4',
      running: false,
      ...clusterUrls(ports),
      queues: [
        { name: 'default', capacity: 50, usedCapacity: 25 },
        { name: 'etl', capacity: 50 },
      ],
      daemons: [
        { name: 'namenode', pid: 10, running: true, healthy: true, detail: '1 live DataNode', log: '/l' },
        { name: 'nodemanager', pid: 11, running: false, healthy: false, detail: 'not running', log: '/l' },
      ],
      startedAt: '',
    });
    expect(lines).toContain('queues:   default 50% (25% used), etl 50%');
    expect(lines).toContain('namenode:        pid 10, healthy (1 live DataNode)');
    expect(lines).toContain('nodemanager:     not running');
  });

  it('a cluster of HDFS alone is reported as hdfs: its two daemons, no YARN address or queues', async () => {
    const runEnv = { LIVY_LOCAL_HOME: tmp(), LIVY_LOCAL_RUN_DIR: tmp() };
    writeClusterState(
      {
        kind: 'hdfs',
        hadoopVersion: '3.3.4',
        pysparkVersion: '3.5.6',
        runDir: runEnv.LIVY_LOCAL_RUN_DIR,
        ports,
        pids: { namenode: 0, datanode: 0, resourcemanager: 0, nodemanager: 0 },
        user: 'me',
        startedAt: '',
      },
      runEnv,
    );
    const status = await hadoopClusterStatus({ env: runEnv });
    expect(status?.kind).toBe('hdfs');
    expect(status?.daemons.map((d) => d.name)).toEqual(['namenode', 'datanode']);
    expect(status?.queues).toEqual([]);
    const lines = clusterStatusLines(status!);
    expect(lines.some((line) => line.startsWith('yarn:') || line.startsWith('queues:'))).toBe(false);
    expect(lines).toContain(`hdfs:     hdfs://127.0.0.1:${ports.nameNodeRpc}`);
  });
});

describe('stopping a daemon', () => {
  it('escalates to SIGKILL when SIGTERM is ignored, and takes the processes it started in their own sessions with it', async () => {
    // Like a NodeManager with the ResourceManager down: ignores SIGTERM; its "container" runs under setsid.
    const script = `
      process.on('SIGTERM', () => {});
      const c = require('child_process').spawn('sleep', ['300'], { detached: true, stdio: 'ignore' });
      console.log(c.pid);
      setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
    const childPid = await new Promise<number>((r) => parent.stdout!.once('data', (d: Buffer) => r(Number(d.toString().trim()))));
    expect(descendantsOf(parent.pid!)).toContain(childPid);
    // The exit event may come after stopDaemon has seen the process gone.
    const exited = new Promise<NodeJS.Signals | null>((r) => parent.once('exit', (_code, signal) => r(signal)));
    expect(await stopDaemon(parent.pid!, 'nodemanager', 300)).toBe(true);
    expect(isRunning(childPid)).toBe(false);
    expect(await exited).toBe('SIGKILL');
  });
});
