/**
 * Renders livy.conf for a local server. Other server profiles (TLS, LDAP, Kerberos) reuse this
 * with `extra` settings, which override the defaults below.
 */
export interface LivyConfOptions {
  port: number;
  host?: string;
  /** Directories Livy may read local files from (`livy.file.local-dir-whitelist`). */
  whitelist: string[];
  /** `livy.session.staging-dir`: uploads land here; it is always whitelisted too. */
  stagingDir: string;
  sparkMaster?: string;
  csrf?: boolean;
  /** Additional or overriding settings, e.g. `livy.keystore`. */
  extra?: Record<string, string>;
}

export function livyConfEntries(o: LivyConfOptions): Record<string, string> {
  const whitelist = uniq([...o.whitelist, o.stagingDir].map(withTrailingSlash));
  return {
    'livy.server.host': o.host ?? '127.0.0.1',
    'livy.server.port': String(o.port),
    'livy.spark.master': o.sparkMaster ?? 'local[*]',
    'livy.spark.deploy-mode': 'client',
    // The driver (an rsc "context") calls back to the server; keep that on loopback.
    'livy.rsc.rpc.server.address': '127.0.0.1',
    'livy.server.csrf-protection.enabled': String(o.csrf ?? true),
    'livy.file.local-dir-whitelist': whitelist.join(','),
    'livy.session.staging-dir': o.stagingDir,
    // pip's pyspark has no Hive jars' configuration: a Hive context would fail to start.
    'livy.repl.enable-hive-context': 'false',
    // Recovery is refused unless the master is YARN or Kubernetes.
    'livy.server.recovery.mode': 'off',
    // A session's driver must call back within this; on a busy 2-core machine it can take minutes.
    'livy.rsc.server.connect.timeout': '300s',
    // Finished batches stay listable for a while (tests read their logs after they end).
    'livy.server.session.state-retain.sec': '600s',
    ...o.extra,
  };
}

export function renderLivyConf(o: LivyConfOptions): string {
  const lines = ['# Written by livy-cli (livy local). Regenerated at every start.'];
  for (const [k, v] of Object.entries(livyConfEntries(o))) lines.push(`${k} = ${v}`);
  return lines.join('\n') + '\n';
}

function withTrailingSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`;
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
