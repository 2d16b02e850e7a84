/** The store for a stage dir, its client library loaded only now (nothing is loaded for a dry run). */
import { StagingError } from './errors.js';
import type { S3Settings } from './s3/s3-settings.js';
import type { StageDir } from './stage-dir.js';
import type { StageStore } from './stage-store.js';

export interface StoreSettings {
  readonly s3: S3Settings;
}

export async function openStageStore(dir: StageDir, settings: StoreSettings, env: NodeJS.ProcessEnv = process.env): Promise<StageStore> {
  if (dir.store === 's3') {
    const { createS3Store } = await import('./s3/s3-store.js');
    return createS3Store(settings.s3, env);
  }
  throw new StagingError(
    `staging to ${dir.uri}: HDFS stage dirs are not supported yet`,
    'input',
    'use an s3a:// stage dir, or upload the files yourself and pass their hdfs:// URIs',
  );
}
