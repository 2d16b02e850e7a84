import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClusterPorts } from './cluster-ports.js';
import type { HadoopPaths } from './hadoop-paths.js';
import { xmlEscape } from './hadoop-pom.js';

/** The queues of the CapacityScheduler, with their share of the cluster in percent. */
export const YARN_QUEUES: Readonly<Record<string, number>> = { default: 50, etl: 50 };

/**
 * What the NodeManager offers YARN. Spark's defaults on this cluster (spark-conf.ts) ask for
 * 1 GB containers (512 MB heap + 384 MB overhead, rounded up): a session and two batches with one
 * executor each take 6 GB, and a batch with two executors still fits beside them.
 */
const NODE_MANAGER_MEMORY_MB = 8192;
const NODE_MANAGER_VCORES = 8;

export function renderHadoopXml(props: Record<string, string | number | boolean>): string {
  const body = Object.entries(props)
    .map(([k, v]) => `  <property><name>${xmlEscape(k)}</name><value>${xmlEscape(String(v))}</value></property>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<!-- Written by livy-cli at every cluster start. -->\n<configuration>\n${body}\n</configuration>\n`;
}

const HOST = '127.0.0.1';
const at = (port: number) => `${HOST}:${port}`;

export function coreSite(paths: HadoopPaths, ports: ClusterPorts): Record<string, string | number | boolean> {
  return {
    'fs.defaultFS': `hdfs://${at(ports.nameNodeRpc)}`,
    'hadoop.tmp.dir': paths.tmpDir,
  };
}

/** What differs between clusters: `livy local` runs HDFS without permission checks; a test may want them. */
export interface HdfsOptions {
  /** dfs.permissions.enabled (default false). */
  permissions?: boolean;
}

export function hdfsSite(paths: HadoopPaths, ports: ClusterPorts, options: HdfsOptions = {}): Record<string, string | number | boolean> {
  return {
    'dfs.replication': 1,
    'dfs.namenode.name.dir': `file://${paths.nameDir}`,
    'dfs.datanode.data.dir': `file://${paths.dataDir}`,
    'dfs.namenode.rpc-address': at(ports.nameNodeRpc),
    'dfs.namenode.rpc-bind-host': HOST,
    'dfs.namenode.http-address': at(ports.nameNodeHttp),
    'dfs.namenode.http-bind-host': HOST,
    'dfs.namenode.secondary.http-address': `${HOST}:0`,
    'dfs.datanode.address': at(ports.dataNodeTransfer),
    'dfs.datanode.http.address': at(ports.dataNodeHttp),
    'dfs.datanode.ipc.address': at(ports.dataNodeIpc),
    // WebHDFS CREATE/OPEN redirect to the DataNode by this name: keep it on loopback.
    'dfs.datanode.hostname': HOST,
    'dfs.client.use.datanode.hostname': true,
    'dfs.datanode.use.datanode.hostname': true,
    'dfs.webhdfs.enabled': true,
    'dfs.permissions.enabled': options.permissions ?? false,
    'dfs.namenode.safemode.extension': 0,
    'dfs.namenode.safemode.min.datanodes': 1,
    // One DataNode: a write must not wait for a replacement that cannot exist.
    'dfs.client.block.write.replace-datanode-on-failure.enable': false,
    'dfs.datanode.du.reserved': 0,
    'dfs.heartbeat.interval': 1,
    'dfs.namenode.heartbeat.recheck-interval': 10_000,
  };
}

export function yarnSite(paths: HadoopPaths, ports: ClusterPorts): Record<string, string | number | boolean> {
  return {
    'yarn.resourcemanager.hostname': HOST,
    'yarn.resourcemanager.bind-host': HOST,
    'yarn.resourcemanager.address': at(ports.resourceManager),
    'yarn.resourcemanager.scheduler.address': at(ports.resourceManagerScheduler),
    'yarn.resourcemanager.resource-tracker.address': at(ports.resourceManagerTracker),
    'yarn.resourcemanager.admin.address': at(ports.resourceManagerAdmin),
    'yarn.resourcemanager.webapp.address': at(ports.resourceManagerHttp),
    'yarn.resourcemanager.scheduler.class': 'org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler',
    'yarn.nodemanager.hostname': HOST,
    'yarn.nodemanager.bind-host': HOST,
    'yarn.nodemanager.address': at(ports.nodeManager),
    'yarn.nodemanager.localizer.address': at(ports.nodeManagerLocalizer),
    'yarn.nodemanager.webapp.address': at(ports.nodeManagerHttp),
    'yarn.nodemanager.resource.memory-mb': NODE_MANAGER_MEMORY_MB,
    'yarn.nodemanager.resource.cpu-vcores': NODE_MANAGER_VCORES,
    'yarn.scheduler.minimum-allocation-mb': 256,
    'yarn.scheduler.maximum-allocation-mb': NODE_MANAGER_MEMORY_MB,
    'yarn.scheduler.maximum-allocation-vcores': NODE_MANAGER_VCORES,
    'yarn.nodemanager.vmem-check-enabled': false,
    'yarn.nodemanager.pmem-check-enabled': false,
    'yarn.nodemanager.local-dirs': paths.nmLocalDir,
    'yarn.nodemanager.log-dirs': paths.nmLogDir,
    // Container logs stay on local disk, served by the NodeManager while it has them.
    'yarn.log-aggregation-enable': false,
    'yarn.nodemanager.log.retain-seconds': 3600,
    'yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage': 99.5,
    'yarn.nodemanager.disk-health-checker.min-free-space-per-disk-mb': 0,
    'yarn.timeline-service.enabled': false,
    'yarn.resourcemanager.recovery.enabled': false,
    // A node that is stopped and started again registers at once.
    'yarn.resourcemanager.nm.liveness-monitor.expiry-interval-ms': 60_000,
    'yarn.nodemanager.env-whitelist':
      'JAVA_HOME,HADOOP_COMMON_HOME,HADOOP_HDFS_HOME,HADOOP_CONF_DIR,CLASSPATH_PREPEND_DISTCACHE,HADOOP_YARN_HOME,HADOOP_HOME,PATH,LANG,TZ',
  };
}

export function capacitySchedulerSite(): Record<string, string | number | boolean> {
  const root = 'yarn.scheduler.capacity.root';
  const props: Record<string, string | number | boolean> = {
    [`${root}.queues`]: Object.keys(YARN_QUEUES).join(','),
    // At the default 0.1 (and even 0.5) a second application waits in ACCEPTED with "Queue's AM
    // resource limit exceeded", while Livy reports it running.
    'yarn.scheduler.capacity.maximum-am-resource-percent': 1.0,
    'yarn.scheduler.capacity.maximum-applications': 1000,
    'yarn.scheduler.capacity.resource-calculator': 'org.apache.hadoop.yarn.util.resource.DefaultResourceCalculator',
  };
  for (const [queue, share] of Object.entries(YARN_QUEUES)) {
    props[`${root}.${queue}.capacity`] = share;
    props[`${root}.${queue}.maximum-capacity`] = 100;
    props[`${root}.${queue}.user-limit-factor`] = 100 / share;
    props[`${root}.${queue}.maximum-am-resource-percent`] = 1.0;
    props[`${root}.${queue}.state`] = 'RUNNING';
    props[`${root}.${queue}.acl_submit_applications`] = '*';
    props[`${root}.${queue}.acl_administer_queue`] = '*';
  }
  return props;
}

/** log4j 1.x (reload4j) configuration shared by the daemons: everything to stderr, which is the daemon's log file. */
const HADOOP_LOG4J_PROPERTIES = `# Written by livy-cli.
log4j.rootLogger=INFO,console
log4j.appender.console=org.apache.log4j.ConsoleAppender
log4j.appender.console.target=System.err
log4j.appender.console.layout=org.apache.log4j.PatternLayout
log4j.appender.console.layout.ConversionPattern=%d{yy/MM/dd HH:mm:ss} %p %c{2}: %m%n
log4j.logger.org.apache.hadoop.util.NativeCodeLoader=ERROR
log4j.logger.org.eclipse.jetty=WARN
log4j.logger.org.apache.hadoop.hdfs.StateChange=WARN
log4j.logger.org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace=WARN
log4j.logger.org.apache.hadoop.hdfs.server.namenode.FSNamesystem.audit=WARN
log4j.logger.org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger=WARN
log4j.logger.org.apache.hadoop.yarn.server.nodemanager.NMAuditLogger=WARN
log4j.logger.com.sun.jersey=WARN
`;

/** Writes HADOOP_CONF_DIR: core-, hdfs-, yarn-site, capacity-scheduler and log4j. */
export function writeHadoopConf(paths: HadoopPaths, ports: ClusterPorts, hdfs: HdfsOptions = {}): void {
  mkdirSync(paths.confDir, { recursive: true });
  writeFileSync(join(paths.confDir, 'core-site.xml'), renderHadoopXml(coreSite(paths, ports)));
  writeFileSync(join(paths.confDir, 'hdfs-site.xml'), renderHadoopXml(hdfsSite(paths, ports, hdfs)));
  writeFileSync(join(paths.confDir, 'yarn-site.xml'), renderHadoopXml(yarnSite(paths, ports)));
  writeFileSync(join(paths.confDir, 'capacity-scheduler.xml'), renderHadoopXml(capacitySchedulerSite()));
  writeFileSync(join(paths.confDir, 'log4j.properties'), HADOOP_LOG4J_PROPERTIES);
}
