/**
 * HDFS stage dirs through WebHDFS: each file is written under a temporary name beside its final
 * one (`.<name>.<random>._COPYING_`, as `hdfs dfs -put` does) and renamed when complete, so a
 * failed upload never leaves a partial file under a content-hash name.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { posix } from 'node:path';
import { hdfsPathOf, WebHdfsClient, type FileStatus } from '../../storage/webhdfs.js';
import { runLimited } from '../run-limited.js';
import type { StageStore, StoredObject, UploadOptions } from '../stage-store.js';
import { describeWebHdfsError } from './hdfs-errors.js';
import type { HdfsSettings } from './hdfs-settings.js';
import { webHdfsAddress } from './webhdfs-address.js';

/** The name an upload is written under until it is complete. */
function temporaryName(fileName: string): string {
  return `.${fileName}.${randomBytes(6).toString('hex')}._COPYING_`;
}

export async function createHdfsStore(dirUri: string, settings: HdfsSettings, env: NodeJS.ProcessEnv): Promise<StageStore> {
  const url = webHdfsAddress(dirUri, settings);
  const user = settings.kerberos ? undefined : (settings.user ?? (env.HADOOP_USER_NAME || undefined) ?? userInfo().username);
  const auth = settings.kerberos ? (await import('../../client/spnego.js')).spnegoAuth() : undefined;
  const client = new WebHdfsClient({
    url,
    ...(user ? { user } : {}),
    ...(auth ? { auth } : {}),
    ...(settings.tls ? { tls: settings.tls } : {}),
    timeoutMs: 60_000,
  });
  const fail = (action: string) => (error: unknown) => Promise.reject(describeWebHdfsError(error, action, url));
  const asObject = (uri: string, status: FileStatus): StoredObject => ({
    uri,
    bytes: status.length,
    modified: new Date(status.modificationTime),
  });

  return {
    async stat(uri, signal) {
      const status = await client.status(uri, signal ? { signal } : {}).catch(fail(`cannot check ${uri}`));
      return status?.type === 'FILE' ? asObject(uri, status) : undefined;
    },

    async upload(localPath, uri, options: UploadOptions) {
      const finalPath = hdfsPathOf(uri);
      const temporary = posix.join(posix.dirname(finalPath), temporaryName(posix.basename(finalPath)));
      const call = options.signal ? { signal: options.signal } : {};
      try {
        await client.upload(localPath, temporary, { ...call, ...(options.onBytes ? { onBytes: options.onBytes } : {}) });
        if (!(await client.rename(temporary, finalPath, call))) {
          // Declined when the name exists: another upload of the same content finished first.
          const there = await client.status(finalPath, call);
          if (there?.type !== 'FILE' || there.length !== options.bytes) {
            throw new Error(`HDFS declined to rename the upload to ${finalPath}`);
          }
          await client.delete(temporary, false, call);
        }
      } catch (error) {
        // Never left behind; without a signal, so an interrupted upload is cleaned up too.
        await client.delete(temporary).catch(() => false);
        if (options.signal?.aborted) throw options.signal.reason;
        throw describeWebHdfsError(error, `cannot upload ${localPath} to ${uri}`, url);
      }
    },

    async list(prefix, signal) {
      const call = signal ? { signal } : {};
      const base = prefix.replace(/\/+$/, '');
      const top = await client.status(base, call).catch(fail(`cannot list ${prefix}`));
      if (top?.type !== 'DIRECTORY') return [];
      const dirs = (await client.list(base, call).catch(fail(`cannot list ${prefix}`))).filter((s) => s.type === 'DIRECTORY');
      const nested = await runLimited(dirs, 8, async (dir) => {
        const entries = await client.list(`${base}/${dir.pathSuffix}`, call).catch(fail(`cannot list ${base}/${dir.pathSuffix}`));
        return entries.filter((s) => s.type === 'FILE').map((s) => asObject(`${base}/${dir.pathSuffix}/${s.pathSuffix}`, s));
      });
      return nested.flat();
    },

    async remove(uri, signal) {
      const call = signal ? { signal } : {};
      await client.delete(uri, false, call).catch(fail(`cannot remove ${uri}`));
      // The content-hash directory goes with its last file (a non-recursive delete keeps it otherwise).
      const parent = posix.dirname(hdfsPathOf(uri));
      await client.delete(parent, false, call).catch(() => false);
    },
  };
}
