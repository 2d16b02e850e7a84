// Provisions (cached in the per-user cache, or $LIVY_LOCAL_HOME) and starts one real local Livy of
// the given release on a free port for a whole vitest project, and stops it afterwards. The
// server's state and logs go to a run dir of this run only ($LIVY_LOCAL_RUN_DIR), so a
// developer's own `livy local` server is neither reused nor stopped. Spawned CLIs inherit the env.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { vendoredLivySource } from '../../../scripts/livy-source.mjs';
import {
  LivyUnavailableError,
  startLocalServer,
  stopLocalServer,
  type LivyVersion,
  type LocalProgressEvent,
} from '../../../src/local/index.js';
import { findFreePort } from '../../../src/local/port.js';
import { e2eRequired } from './prerequisites.js';

declare module 'vitest' {
  export interface ProvidedContext {
    livyUrl: string;
    livyRunDir: string;
    livyVersion: string;
    sparkHome: string;
    sparkPython: string;
    /** Set, on a developer's machine only, when no Livy can be had: the suite is skipped with this reason. */
    livyUnavailable: string | undefined;
  }
}

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Plain progress lines (CI logs should show why the first run takes minutes), each once. */
function progressPrinter(version: string): (e: LocalProgressEvent) => void {
  const t0 = Date.now();
  let last = '';
  return (e) => {
    if (e.message === last) return;
    last = e.message;
    console.log(`[livy local ${version} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${e.step}: ${e.message}`);
  };
}

export async function startSuiteLivy(project: TestProject, livyVersion: LivyVersion): Promise<() => Promise<void>> {
  const runDir = process.env.LIVY_LOCAL_RUN_DIR ?? mkdtempSync(join(tmpdir(), `livy-e2e-run-${livyVersion}-`));
  process.env.LIVY_LOCAL_RUN_DIR = runDir;
  const source = vendoredLivySource(REPO_ROOT);
  if (source) process.env.LIVY_LOCAL_SOURCE = source;
  const onProgress = progressPrinter(livyVersion);
  const t0 = Date.now();
  project.provide('livyVersion', livyVersion);
  let info;
  try {
    info = await startLocalServer({
      port: await findFreePort(),
      livyVersion,
      // The fixtures live in the repo; compiled test jars and generated files go to the temp dir.
      whitelist: [REPO_ROOT, tmpdir()],
      onProgress,
      env: process.env,
    });
  } catch (error) {
    // Only this one cause may skip the suite, and only off CI: nothing gave a Livy and nothing
    // could be downloaded. Everything else that goes wrong fails the run.
    if (!(error instanceof LivyUnavailableError) || e2eRequired()) throw error;
    const banner = '='.repeat(100);
    console.log(`${banner}\nE2E SUITE SKIPPED: no Apache Livy ${livyVersion} can be had here.\n${error.message}\n${banner}`);
    project.provide('livyUnavailable', error.message);
    return async () => {};
  }
  project.provide('livyUnavailable', undefined);
  process.env.LIVY_E2E_URL = info.url;
  project.provide('livyUrl', info.url);
  project.provide('livyRunDir', runDir);
  project.provide('sparkHome', info.sparkHome);
  project.provide('sparkPython', info.python);
  console.log(`[livy local ${livyVersion}] ready at ${info.url} after ${((Date.now() - t0) / 1000).toFixed(1)}s (log: ${info.logFile})`);

  return async () => {
    await stopLocalServer({ env: process.env, onProgress });
    if (!process.env.LIVY_E2E_KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true });
  };
}
