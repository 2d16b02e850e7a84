/** The store for a stage dir, its client library loaded only now (nothing is loaded for a dry run). */
import type { HdfsSettings } from './hdfs/hdfs-settings.js';
import type { S3Settings } from './s3/s3-settings.js';
import type { StageDir } from './stage-dir.js';
import type { StageStore } from './stage-store.js';

export interface StoreSettings {
  readonly s3: S3Settings;
  readonly hdfs: HdfsSettings;
}

export async function openStageStore(dir: StageDir, settings: StoreSettings, env: NodeJS.ProcessEnv): Promise<StageStore> {
  if (dir.store === 's3') {
    const { createS3Store } = await import('./s3/s3-store.js');
    return createS3Store(settings.s3, env);
  }
  const { createHdfsStore } = await import('./hdfs/hdfs-store.js');
  return createHdfsStore(dir.uri, settings.hdfs, env);
}
