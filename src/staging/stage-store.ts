/**
 * A place staged files go: S3, or HDFS through WebHDFS. URIs are full store URIs
 * (`s3a://bucket/dir/<hash>/app.py`, `hdfs://nn/dir/<hash>/app.py`).
 */
export interface StoredObject {
  readonly uri: string;
  readonly bytes: number;
  /** When the object was written, if the store says. */
  readonly modified?: Date;
}

export interface UploadOptions {
  /** Size of the file, known from the plan. */
  readonly bytes: number;
  /** Called with the number of new bytes sent (never more than `bytes` in total per attempt). */
  readonly onBytes?: (sent: number) => void;
  readonly signal?: AbortSignal;
}

export interface StageStore {
  /** The object at `uri`, or undefined when there is none. */
  stat(uri: string, signal?: AbortSignal): Promise<StoredObject | undefined>;
  /**
   * Streams `localPath` to `uri`. Either the whole file lands under `uri` or nothing does:
   * a failed upload never leaves a partial object under that name.
   */
  upload(localPath: string, uri: string, options: UploadOptions): Promise<void>;
  /** Every object under `prefix` (a directory URI). */
  list(prefix: string, signal?: AbortSignal): Promise<StoredObject[]>;
  remove(uri: string, signal?: AbortSignal): Promise<void>;
}
