/**
 * Staging a request end to end: find its local files, plan, (unless a dry run) upload what the
 * store lacks, and give back the request with staged URIs. Throws a StagingError before
 * anything is created on the Livy side.
 */
import { existsSync } from 'node:fs';
import { findLocalReferences, type StageableRequest } from './local-references.js';
import { rewriteRequest } from './rewrite-request.js';
import type { StageDir } from './stage-dir.js';
import { buildStagePlan, type PlannedFile } from './stage-plan.js';
import type { StageStore } from './stage-store.js';
import { uploadPlan, type StagedFile, type UploadPlanOptions } from './upload-plan.js';

export interface StagedRequest<T> {
  readonly request: T;
  /** Empty when the request names no local file. */
  readonly staged: readonly StagedFile[];
  /** A dry run's plan: nothing was checked or uploaded. */
  readonly planned: readonly PlannedFile[];
}

export interface StageRequestOptions extends UploadPlanOptions {
  readonly dir: StageDir;
  /** Opened only when there is something to stage and it is not a dry run. */
  readonly openStore: () => Promise<StageStore>;
  readonly dryRun?: boolean;
  readonly existsLocally?: (path: string) => boolean;
}

export async function stageRequest<T extends StageableRequest>(request: T, options: StageRequestOptions): Promise<StagedRequest<T>> {
  const existsLocally = options.existsLocally ?? existsSync;
  const references = findLocalReferences(request, existsLocally);
  if (references.length === 0) return { request, staged: [], planned: [] };
  const plan = await buildStagePlan(references, options.dir);
  try {
    const uriByPath = new Map(plan.files.map((file) => [file.local, file.uri]));
    const rewritten = rewriteRequest(request, uriByPath, existsLocally);
    if (options.dryRun) return { request: rewritten, staged: [], planned: plan.files };
    const store = await options.openStore();
    const staged = await uploadPlan(plan, store, options);
    return { request: rewritten, staged, planned: plan.files };
  } finally {
    await plan.dispose();
  }
}
