/**
 * Local files for a session when there is no stage dir: taken out of the creation request and
 * uploaded into the session once it is up, through Livy's upload-jar, upload-pyfile and
 * upload-file endpoints. Every local problem is found before the session is created.
 */
import { existsSync } from 'node:fs';
import { StagingError } from './errors.js';
import { findLocalReferences, type ReferenceField, type StageableRequest } from './local-references.js';
import { withoutLocalReferences } from './rewrite-request.js';
import { describeOrigin, prepareLocalFiles } from './stage-plan.js';

export type UploadEndpoint = 'jar' | 'pyfile' | 'file';

const ENDPOINTS: Partial<Record<ReferenceField, UploadEndpoint>> = { jars: 'jar', pyFiles: 'pyfile', files: 'file' };

export interface SessionUpload {
  /** The local file or directory as given. */
  readonly local: string;
  /** What is sent: the file, or the zip of a --py-files directory. */
  readonly source: string;
  /** The name it gets in the session: the `#alias` when given, else the file's (or `<dir>.zip`). */
  readonly name: string;
  readonly endpoint: UploadEndpoint;
}

export interface SessionUploads<T> {
  /** The creation request without the local references. */
  readonly request: T;
  readonly uploads: readonly SessionUpload[];
  /** Removes the zips made for directories. */
  dispose(): Promise<void>;
}

export async function planSessionUploads<T extends StageableRequest>(
  request: T,
  existsLocally: (path: string) => boolean = existsSync,
): Promise<SessionUploads<T>> {
  const references = findLocalReferences(request, existsLocally);
  if (references.length === 0) return { request, uploads: [], dispose: async () => {} };
  for (const reference of references) {
    if (ENDPOINTS[reference.where.field] === undefined) {
      throw new StagingError(
        `${describeOrigin(reference.where)} ${reference.path}: without a stage dir a session takes only local jars, Python files and files (Livy has no upload for archives)`,
        'input',
        "set a stage dir (LIVY_STAGE_DIR, or the profile's --stage-dir), or upload it yourself and pass its hdfs:// or s3a:// URI",
      );
    }
  }
  const prepared = await prepareLocalFiles(references);
  const uploads = prepared.files.map(({ reference, source, fileName }) => ({
    local: reference.path,
    source,
    name: reference.alias ? reference.alias.slice(1) : fileName,
    endpoint: ENDPOINTS[reference.where.field]!,
  }));
  return { request: withoutLocalReferences(request, existsLocally), uploads, dispose: prepared.dispose };
}
