// Tests that spawn bin/livy.js run dist/: build it when it is missing or older than anything it
// is built from, so such a test never checks a stale build. Used as a vitest globalSetup (once
// per project run, before any file) and by the e2e global setups.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const BUILT = join(root, 'dist', 'cli', 'main.js');
const SOURCES = ['src', 'bin', 'scripts/build.mjs', 'package.json', 'tsconfig.json', 'tsconfig.lib.json'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function ensureFreshBuild(): void {
  const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : -Infinity;
  const changedAt = Math.max(...SOURCES.map((source) => newestChange(join(root, source))));
  if (changedAt <= builtAt) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
}

export default function setup(): void {
  ensureFreshBuild();
}
