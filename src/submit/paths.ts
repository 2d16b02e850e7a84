/**
 * Comma lists and file references, made into something a Livy server can read.
 *
 * Livy batches have no upload: every path is read by the server (scheme-less paths on its default
 * filesystem, `file:` only under livy.file.local-dir-whitelist), and it refuses relative paths.
 * So URIs and absolute paths go verbatim, and a relative path is turned into an absolute `file:`
 * URI only when the server runs on this machine (`livy local`); otherwise it is an error saying
 * what to do. `#alias` suffixes are kept and only the part before `#` is resolved.
 *
 * Livy parses every entry with java.net.URI, and for a path without a scheme it rebuilds the URI
 * from the decoded path, so a space (or another character a URI cannot hold) fails the request
 * however it is written. spark-submit itself accepts such a path by turning it into a `file:` URI
 * with `%20`. So: against `livy local` such a path becomes that `file:` URI; in a URI with a scheme
 * the characters are percent-encoded (Spark decodes them again); a scheme-less path for a remote
 * server is refused before anything is sent.
 */
import { posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../errors/cli-error.js';
import { javaTrim } from './spark-size.js';

export interface PathContext {
  readonly cwd: string;
  readonly isLocalTarget: boolean;
  /** Local files will be staged (src/staging): relative paths become `file:` URIs, as for a local target. */
  readonly stagesLocalFiles?: boolean;
  pathExists(path: string): boolean;
}

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Characters java.net.URI refuses anywhere in a URI: ASCII controls, space, `"<>\^\`{|}`, and
 * non-ASCII controls and space separators (a no-break space among them); plus a `%` that does not
 * start an escape.
 */
const NOT_IN_URI = /[\x00-\x20\x7f"<>\\^`{|}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]|%(?![0-9A-Fa-f]{2})/gu;
/** In a path (and query) java.net.URI also refuses `[` and `]`: it takes them only around an IPv6 host. */
const NOT_IN_URI_PATH = /[\x00-\x20\x7f"<>[\\\]^`{|}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]|%(?![0-9A-Fa-f]{2})/gu;
/** In a fragment (`#alias`) it also refuses a second `#`. */
const NOT_IN_URI_FRAGMENT = /[\x00-\x20\x7f"#<>\\^`{|}\p{Cc}\p{Zs}\p{Zl}\p{Zp}]|%(?![0-9A-Fa-f]{2})/gu;
const matches = (text: string, chars: RegExp) => text.search(chars) >= 0;

/** java.net.URI's decoding of a path or fragment: %XX runs as UTF-8 bytes, malformed ones as U+FFFD. */
function percentDecoded(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

/**
 * Whether Livy can take a path without a scheme. It parses the entry with java.net.URI, then
 * rebuilds it from the *decoded* path and fragment on its default filesystem; so a character
 * java.net.URI refuses fails the request whether it is written as is or percent-encoded, and a
 * `?` (or a decoded `#`) would silently name another file.
 */
function livyCanRebuild(path: string, fragment: string | undefined): boolean {
  const decodedPath = percentDecoded(path);
  if (matches(path, NOT_IN_URI_PATH) || path.includes('?')) return false;
  if (matches(decodedPath, NOT_IN_URI_PATH) || /[#?]/.test(decodedPath)) return false;
  if (fragment === undefined) return true;
  return !matches(fragment, NOT_IN_URI_FRAGMENT) && !matches(percentDecoded(fragment), NOT_IN_URI_FRAGMENT);
}

/** An `#alias` suffix ('' or '#...') with the characters java.net.URI refuses in a fragment percent-encoded. */
const encodedAlias = (alias: string) => (alias === '' ? '' : `#${percentEncode(alias.slice(1), NOT_IN_URI_FRAGMENT)}`);

function percentEncode(text: string, chars: RegExp): string {
  return text.replace(chars, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

/**
 * Splits a comma list like Spark (on `,`, empty entries dropped) and trims each entry the way
 * Java does (code points <= U+0020 only), warning when trimming changed one: spark-submit would
 * resolve " b.jar" as a file whose name starts with a space.
 */
function splitCommaList(raw: string, what: string, warnings: string[]): string[] {
  const entries: string[] = [];
  for (const entry of raw.split(',')) {
    const trimmed = javaTrim(entry);
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

  if (URI_SCHEME.test(path)) return encodeForUri(raw, path, alias, what, warnings);
  if (!livyCanRebuild(path, hash < 0 ? undefined : alias.slice(1)) && (path.startsWith('/') || !ctx.isLocalTarget)) {
    if (ctx.isLocalTarget) return pathToFileURL(path).href + encodedAlias(alias);
    throw new UsageError(
      `${what} "${visible(raw)}" contains a character Livy cannot take in a path (a space, a control character or one of "<>[\\]^\`{|}%?#)`,
      'give it as a URI with the character percent-encoded, e.g. hdfs:///data/my%20file.jar, or rename the file',
    );
  }
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
    return pathToFileURL(posix.resolve(ctx.cwd, path)).href + encodedAlias(alias);
  }
  throw new UsageError(
    `${what} ${path} is a relative path, and Livy cannot read files from this machine`,
    'give a stage dir (--stage-dir s3a://bucket/prefix, or LIVY_STAGE_DIR) and livy uploads it; or upload it to HDFS or S3 and pass its URI (hdfs:///..., s3a://...), or give an absolute path ' +
      "the Livy server can see; 'livy local' resolves relative paths against this directory",
  );
}

/** The path with invisible characters (all but the plain space) written as \uXXXX. */
function visible(path: string): string {
  return path.replace(/[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/gu, (c) => (c === ' ' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`));
}

/**
 * A URI with a scheme (`uri` without its `#alias`), with the characters java.net.URI refuses
 * percent-encoded (with a warning): in the authority, the path and query (`[` and `]` there too,
 * but not around an IPv6 host), and the alias. Livy keeps such a URI as it is; Spark decodes the
 * escapes again.
 */
function encodeForUri(raw: string, uri: string, alias: string, what: string, warnings: string[]): string {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/.exec(uri)?.[0] ?? '';
  const encoded = percentEncode(authority, NOT_IN_URI) + percentEncode(uri.slice(authority.length), NOT_IN_URI_PATH) + encodedAlias(alias);
  if (encoded !== raw) {
    warnings.push(`${what}: sending ${encoded} (Livy cannot parse ${JSON.stringify(raw)}; Spark decodes the escapes again)`);
  }
  return encoded;
}

/** A comma list of file references: split, trimmed, each resolved. */
export function resolveFileList(raw: string, what: string, ctx: PathContext, warnings: string[]): string[] {
  return splitCommaList(raw, what, warnings).map((entry) => resolveFileReference(entry, what, ctx, warnings));
}
