/**
 * A directory given to --py-files, as a zip Python can import from. The bytes depend only on the
 * tree's file names and contents: entries sorted, one fixed timestamp and mode, no directory
 * entries, so the same tree always has the same content hash (and is not uploaded twice).
 * `__pycache__` and `*.pyc` are left out: they change with every local run and Python does not
 * write them into a zip.
 */
import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

/** 1980-01-01 00:00 in local time: a DOS timestamp reads the same in every time zone. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
const FILE_MODE = 0o100644;

function skipped(name: string): boolean {
  return name === '__pycache__' || name.endsWith('.pyc');
}

/** Every file under `dir`, as zip names relative to dir's parent (`mylib/sub/x.py`), sorted. */
export async function listTree(dir: string): Promise<{ name: string; path: string }[]> {
  const files: { name: string; path: string }[] = [];
  const walk = async (path: string, name: string): Promise<void> => {
    const entries = await readdir(path, { withFileTypes: true });
    for (const entry of entries) {
      if (skipped(entry.name)) continue;
      const childPath = join(path, entry.name);
      const childName = `${name}/${entry.name}`;
      const isDir = entry.isSymbolicLink() ? (await stat(childPath)).isDirectory() : entry.isDirectory();
      if (isDir) await walk(childPath, childName);
      else files.push({ name: childName, path: childPath });
    }
  };
  await walk(dir, basename(dir));
  // Byte order, not locale order: the same everywhere.
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Writes the zip of `dir` to `zipPath`. */
export async function zipDirectory(dir: string, zipPath: string): Promise<void> {
  const { ZipFile } = (await import('yazl')).default;
  const files = await listTree(dir);
  const zip = new ZipFile();
  for (const file of files) {
    zip.addFile(file.path, file.name, { mtime: FIXED_TIME, mode: FILE_MODE, compress: true, forceDosTimestamp: true });
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}
