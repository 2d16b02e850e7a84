import type { WebHdfsTls } from '../../storage/webhdfs.js';

/**
 * How to reach an HDFS stage dir through WebHDFS (or HttpFS).
 *
 * Who the files are written as follows Hadoop's own clients: with Kerberos, the ticket's
 * principal (SPNEGO, no `user.name`); otherwise `user` when set (the `livy local` cluster's
 * user), else `HADOOP_USER_NAME`, else the operating-system user. The profile's proxy user is
 * not used: writing as someone else needs the cluster's consent (`doas`), and staged files are
 * world-readable (644) anyway, so the proxied job can read them.
 */
export interface HdfsSettings {
  /** `http(s)://host:port` of WebHDFS or HttpFS; by default the NameNode's, `http://<host of the stage dir>:9870`. */
  readonly webhdfsUrl?: string;
  /** `user.name` for simple authentication. */
  readonly user?: string;
  /** SPNEGO from the Kerberos ticket cache (the profile's `--auth kerberos`). */
  readonly kerberos?: boolean;
  /** For an https WebHDFS address, and the DataNodes it redirects to: the profile's CA, client certificate, --insecure. */
  readonly tls?: WebHdfsTls;
}

/** Hadoop 3's default NameNode HTTP port (dfs.namenode.http-address). */
export const DEFAULT_NAMENODE_HTTP_PORT = 9870;
