/**
 * The local files a translated request names. After translation a local file is a `file:` URI
 * (relative paths were resolved against the working directory) or an absolute path; an absolute
 * path counts as local only when it exists on this machine, since without a scheme Livy reads it
 * on the cluster's default filesystem (where it may well be). `local:` URIs name files already
 * on every node and stay as they are, like every other URI.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CreateBatchRequest, SparkResourceRequest } from '../client/requests.js';

/** Where in a request a reference sits. */
export type ReferenceField = 'file' | 'jars' | 'pyFiles' | 'files' | 'archives';

/** The comma-list conf keys Livy merges with the fields above. */
export const FILE_LIST_CONF_KEYS: Readonly<Record<string, ReferenceField>> = {
  'spark.jars': 'jars',
  'spark.submit.pyFiles': 'pyFiles',
  'spark.files': 'files',
  'spark.archives': 'archives',
  'spark.yarn.dist.archives': 'archives',
};

export interface LocalReference {
  /** Where it was found: a request field, or a conf key. */
  readonly where: { field: ReferenceField; confKey?: string };
  /** The value as it is in the request, `#alias` included. */
  readonly value: string;
  /** Absolute local path. */
  readonly path: string;
  /** `#alias` or ''. */
  readonly alias: string;
}

export type StageableRequest = SparkResourceRequest & Partial<Pick<CreateBatchRequest, 'file'>>;

const LIST_FIELDS = ['jars', 'pyFiles', 'files', 'archives'] as const;

/** The local path a request value names, or undefined when it is not local. */
export function localPathOf(value: string, existsLocally: (path: string) => boolean): { path: string; alias: string } | undefined {
  const hash = value.indexOf('#');
  const target = hash < 0 ? value : value.slice(0, hash);
  const alias = hash < 0 ? '' : value.slice(hash);
  if (target.startsWith('file:')) {
    let path: string;
    try {
      path = fileURLToPath(target);
    } catch {
      return undefined;
    }
    return { path, alias };
  }
  if (isAbsolute(target) && existsLocally(target)) return { path: target, alias };
  return undefined;
}

/** Every local reference of the request, in request order (fields first, then conf lists). */
export function findLocalReferences(request: StageableRequest, existsLocally: (path: string) => boolean): LocalReference[] {
  const found: LocalReference[] = [];
  const consider = (value: string, where: LocalReference['where']): void => {
    const local = localPathOf(value, existsLocally);
    if (local) found.push({ where, value, ...local });
  };
  if (request.file !== undefined) consider(request.file, { field: 'file' });
  for (const field of LIST_FIELDS) for (const value of request[field] ?? []) consider(value, { field });
  for (const [confKey, field] of Object.entries(FILE_LIST_CONF_KEYS)) {
    const list = request.conf?.[confKey];
    if (list === undefined) continue;
    for (const value of list
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== ''))
      consider(value, { field, confKey });
  }
  return found;
}
