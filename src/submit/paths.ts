/**
 * Comma lists and file references, made into something a Livy server can read.
 *
 * Livy batches have no upload: every path is read by the server (scheme-less paths on its default
 * filesystem, `file:` only under livy.file.local-dir-whitelist), and it refuses relative paths.
 * So URIs and absolute paths go verbatim, and a relative path is turned into an absolute `file:`
 * URI only when the server runs on this machine (`livy local`); otherwise it is an error saying
 * what to do. `#alias` suffixes are kept and only the part before `#` is resolved.
 */
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../cli/errors.js';

export interface PathContext {
  readonly cwd: string;
  readonly isLocalTarget: boolean;
  /** Local files will be staged (src/staging): relative paths become `file:` URIs, as for a local target. */
  readonly stagesLocalFiles?: boolean;
  pathExists(path: string): boolean;
}

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Splits a comma list like Spark (on `,`, empty entries dropped) and trims each entry, warning
 * when trimming changed one: Spark itself would look for a file named " b.jar".
 */
export function splitCommaList(raw: string, what: string, warnings: string[]): string[] {
  const entries: string[] = [];
  for (const entry of raw.split(',')) {
    const trimmed = entry.trim();
    if (trimmed !== entry && trimmed !== '') {
      warnings.push(`${what}: trimmed whitespace around '${trimmed}' (spark-submit would keep it as part of the name)`);
    }
    if (trimmed !== '') entries.push(trimmed);
  }
  return entries;
}

/**
 * One file reference for the request. `what` names where it came from, for messages
 * (`--jars`, `the application file`, `--conf spark.files`).
 */
export function resolveFileReference(raw: string, what: string, ctx: PathContext, warnings: string[]): string {
  const hash = raw.indexOf('#');
  const path = hash < 0 ? raw : raw.slice(0, hash);
  const alias = hash < 0 ? '' : raw.slice(hash);

  if (URI_SCHEME.test(path)) return raw;
  if (path.startsWith('/')) {
    if (!ctx.isLocalTarget && !ctx.stagesLocalFiles && ctx.pathExists(path)) {
      warnings.push(
        `${what} ${path} exists on this machine, but Livy resolves it on the cluster's default filesystem; ` +
          'make sure it exists there too (or pass a full URI such as hdfs:///...)',
      );
    }
    return raw;
  }
  if (path === '') {
    throw new UsageError(`${what} has an empty path ('${raw}')`);
  }
  if (ctx.isLocalTarget || ctx.stagesLocalFiles) {
    return pathToFileURL(posix.resolve(ctx.cwd, path)).href + alias;
  }
  throw new UsageError(
    `${what} ${path} is a relative path, and Livy cannot read files from this machine`,
    'give a stage dir (--stage-dir s3a://bucket/prefix, or LIVY_STAGE_DIR) and livy uploads it; or upload it to HDFS or S3 and pass its URI (hdfs:///..., s3a://...), or give an absolute path ' +
      "the Livy server can see; 'livy local' resolves relative paths against this directory",
  );
}

/** A comma list of file references: split, trimmed, each resolved. */
export function resolveFileList(raw: string, what: string, ctx: PathContext, warnings: string[]): string[] {
  return splitCommaList(raw, what, warnings).map((entry) => resolveFileReference(entry, what, ctx, warnings));
}
