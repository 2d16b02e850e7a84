/**
 * What staging will do, decided before anything leaves this machine: each distinct local file
 * (or --py-files directory, zipped), its size and content hash, and the URI it is staged under.
 * Every local problem (missing file, unreadable file, a directory where a file is needed) is
 * found here, so a bad command line never uploads half of its files.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { hashFile } from './content-hash.js';
import { zipDirectory } from './directory-zip.js';
import { StagingError, localFileError } from './errors.js';
import type { LocalReference, ReferenceField } from './local-references.js';
import { runLimited } from './run-limited.js';
import { stagedUri, type StageDir } from './stage-dir.js';

export interface PlannedFile {
  /** The local file or directory, absolute. */
  readonly local: string;
  /** What is uploaded: the file itself, or the zip made of a directory. */
  readonly source: string;
  readonly bytes: number;
  readonly contentHash: string;
  readonly uri: string;
}

export interface StagePlan {
  readonly dir: StageDir;
  /** One entry per distinct local path, in the order first referenced. */
  readonly files: readonly PlannedFile[];
  /** Removes the zips made for directories. */
  dispose(): Promise<void>;
}

/** How a reference's origin is named in messages. */
export function describeOrigin(where: LocalReference['where']): string {
  if (where.confKey) return `--conf ${where.confKey}`;
  return where.field === 'file' ? 'the application file' : `--${where.field === 'pyFiles' ? 'py-files' : where.field}`;
}

const DIRECTORY_HINTS: Record<Exclude<ReferenceField, 'pyFiles'>, string> = {
  file: 'give the application file itself (a .py file or a jar)',
  jars: 'list the jars themselves, comma-separated (only --py-files takes a directory, which it zips)',
  files: 'list its files, or pack it (tar czf dir.tar.gz -C dir .) and pass it to --archives',
  archives: 'pack it first (tar czf dir.tar.gz -C dir .) and pass the archive',
};

/** A local file made ready to send: the file itself, or the zip made of a --py-files directory. */
export interface PreparedFile {
  readonly reference: LocalReference;
  /** What is sent. */
  readonly source: string;
  /** The name it is sent under: the file's, or `<dir>.zip`. */
  readonly fileName: string;
}

export interface PreparedFiles {
  /** One per distinct local path, in the order first referenced. */
  readonly files: readonly PreparedFile[];
  /** Removes the zips made for directories. */
  dispose(): Promise<void>;
}

/**
 * Checks every distinct local path (exists, readable, a directory only for --py-files) and zips
 * the --py-files directories, so that every local problem is found before anything is sent.
 */
export async function prepareLocalFiles(references: readonly LocalReference[]): Promise<PreparedFiles> {
  const byPath = new Map<string, LocalReference>();
  for (const reference of references) if (!byPath.has(reference.path)) byPath.set(reference.path, reference);
  let zipDir: string | undefined;
  const dispose = async (): Promise<void> => {
    if (zipDir) await rm(zipDir, { recursive: true, force: true });
  };
  try {
    const files = await runLimited([...byPath.values()], 2, async (reference): Promise<PreparedFile> => {
      const what = describeOrigin(reference.where);
      const info = await stat(reference.path).catch((error: unknown) => {
        throw localFileError(error, what, reference.path);
      });
      if (info.isDirectory()) {
        if (reference.where.field !== 'pyFiles') {
          throw new StagingError(`${what} ${reference.path} is a directory`, 'input', DIRECTORY_HINTS[reference.where.field]);
        }
        zipDir ??= await mkdtemp(join(tmpdir(), 'livy-stage-'));
        const fileName = `${basename(reference.path)}.zip`;
        const source = join(zipDir, fileName);
        await zipDirectory(reference.path, source).catch((error: unknown) => {
          throw error instanceof StagingError ? error : localFileError(error, what, reference.path);
        });
        return { reference, source, fileName };
      }
      if (!info.isFile()) throw new StagingError(`${what} ${reference.path} is not a regular file`, 'input');
      return { reference, source: reference.path, fileName: basename(reference.path) };
    });
    return { files, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

export async function buildStagePlan(references: readonly LocalReference[], dir: StageDir): Promise<StagePlan> {
  const prepared = await prepareLocalFiles(references);
  try {
    const files = await runLimited(prepared.files, 2, async ({ reference, source, fileName }): Promise<PlannedFile> => {
      const contentHash = await hashFile(source).catch((error: unknown) => {
        throw localFileError(error, describeOrigin(reference.where), reference.path);
      });
      const bytes = (await stat(source)).size;
      return { local: reference.path, source, bytes, contentHash, uri: stagedUri(dir, contentHash, fileName) };
    });
    return { dir, files, dispose: prepared.dispose };
  } catch (error) {
    await prepared.dispose();
    throw error;
  }
}
