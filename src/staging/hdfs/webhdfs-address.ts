import { StagingError } from '../errors.js';
import { DEFAULT_NAMENODE_HTTP_PORT, type HdfsSettings } from './hdfs-settings.js';

export const ADDRESS_HINT =
  "set the WebHDFS address: --webhdfs-url http://namenode:9870 (or LIVY_WEBHDFS_URL, or the profile's --webhdfs-url)";

/**
 * The WebHDFS base URL for a stage dir: the configured one, else the NameNode's default HTTP port
 * on the host the `hdfs://host:port/…` URI names (its RPC port says nothing about the HTTP one).
 */
export function webHdfsAddress(dirUri: string, settings: HdfsSettings): string {
  if (settings.webhdfsUrl) return settings.webhdfsUrl.replace(/\/+$/, '');
  const host = /^hdfs:\/\/([^/:]*|\[[^\]]*\])(?::\d+)?(?:\/|$)/.exec(dirUri)?.[1] ?? '';
  if (host === '') {
    throw new StagingError(
      `staging to ${dirUri}: the URI names no NameNode host, so its WebHDFS address is unknown`,
      'input',
      `give hdfs://namenode:8020/path, or ${ADDRESS_HINT}`,
    );
  }
  return `http://${host}:${DEFAULT_NAMENODE_HTTP_PORT}`;
}
