import { StagingError } from './errors.js';

/** A parsed stage location: which store, and the directory URI every staged file goes under. */
export interface StageDir {
  readonly store: 's3' | 'hdfs';
  /** Normalised, without a trailing slash: `s3a://bucket/prefix`. */
  readonly uri: string;
}

const S3_SCHEMES = ['s3a:', 's3:', 's3n:'];

/** Checks a stage dir given by `what` (`--stage-dir`, `LIVY_STAGE_DIR`, a profile's stageDir). */
export function parseStageDir(raw: string, what: string): StageDir {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new StagingError(
      `${what}: '${raw}' is not a URI`,
      'input',
      'give a directory URI such as hdfs://namenode:8020/user/me/.livy-staging or s3a://bucket/livy-staging',
    );
  }
  const uri = trimmed.replace(/\/+$/, '');
  if (S3_SCHEMES.includes(url.protocol)) {
    if (!url.hostname) throw new StagingError(`${what}: '${raw}' names no bucket`, 'input', 'e.g. s3a://bucket/livy-staging');
    return { store: 's3', uri };
  }
  if (url.protocol === 'hdfs:') return { store: 'hdfs', uri };
  throw new StagingError(
    `${what}: '${raw}' is not an s3a:// or hdfs:// URI`,
    'input',
    'the cluster must read staged files, so the stage dir is on S3 (s3a://bucket/prefix) or HDFS (hdfs://namenode:8020/path)',
  );
}

/** `<stage dir>/<content hash>/<file name>`: the name a file's content is staged under. */
export function stagedUri(dir: StageDir, contentHash: string, fileName: string): string {
  return `${dir.uri}/${contentHash}/${fileName}`;
}
