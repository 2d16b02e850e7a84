/**
 * Carries out a stage plan against a store: asks what is already there (same name under its
 * content hash, same size), then uploads the rest in parallel, retrying store failures with
 * backoff. Files are streamed by the store, so memory does not grow with their size.
 */
import { backoffDelay, sleep } from '../client/backoff.js';
import { StagingError } from './errors.js';
import { runLimited } from './run-limited.js';
import type { PlannedFile, StagePlan } from './stage-plan.js';
import type { StageStore } from './stage-store.js';

export interface StagedFile {
  readonly local: string;
  readonly uri: string;
  readonly bytes: number;
  /** False when the store already had it. */
  readonly uploaded: boolean;
}

export interface UploadProgress {
  /** Bytes of the files that need uploading. */
  readonly totalBytes: number;
  readonly sentBytes: number;
  readonly filesToUpload: number;
  readonly filesDone: number;
}

export interface UploadPlanOptions {
  readonly signal?: AbortSignal;
  /** Uploads at once. */
  readonly concurrency?: number;
  /** Attempts per file, first included. */
  readonly attempts?: number;
  /** Called when existence checks are done and uploads are about to start. */
  readonly onChecked?: (toUpload: readonly PlannedFile[]) => void;
  readonly onProgress?: (progress: UploadProgress) => void;
  /** Called before a retry, with what failed. */
  readonly onRetry?: (file: PlannedFile, attempt: number, error: StagingError) => void;
}

export async function uploadPlan(plan: StagePlan, store: StageStore, options: UploadPlanOptions = {}): Promise<StagedFile[]> {
  const { signal } = options;
  const existing = await runLimited(plan.files, 8, (file) => store.stat(file.uri, signal));
  const toUpload = plan.files.filter((file, i) => existing[i]?.bytes !== file.bytes);
  options.onChecked?.(toUpload);

  const totalBytes = toUpload.reduce((sum, file) => sum + file.bytes, 0);
  let sentBytes = 0;
  let filesDone = 0;
  const report = (): void => options.onProgress?.({ totalBytes, sentBytes, filesToUpload: toUpload.length, filesDone });
  const attempts = options.attempts ?? 4;

  await runLimited(toUpload, options.concurrency ?? 4, async (file) => {
    for (let attempt = 1; ; attempt++) {
      let sentThisAttempt = 0;
      try {
        await store.upload(file.source, file.uri, {
          bytes: file.bytes,
          ...(signal ? { signal } : {}),
          onBytes: (sent) => {
            sentThisAttempt += sent;
            sentBytes += sent;
            report();
          },
        });
        filesDone++;
        report();
        return;
      } catch (error) {
        sentBytes -= sentThisAttempt;
        const retryable = error instanceof StagingError && error.failure === 'store' && !signal?.aborted;
        if (!retryable || attempt >= attempts) throw error;
        options.onRetry?.(file, attempt, error);
        await sleep(backoffDelay(attempt - 1, { baseMs: 500, maxMs: 8_000 }), signal);
      }
    }
  });

  const uploadedUris = new Set(toUpload.map((file) => file.uri));
  return plan.files.map((file) => ({ local: file.local, uri: file.uri, bytes: file.bytes, uploaded: uploadedUris.has(file.uri) }));
}
