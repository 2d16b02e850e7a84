// vitest globalSetup for the e2e-yarn project: starts (provisioning once, cached) a real HDFS + YARN
// cluster and a Livy on it, in a run dir of this test run only ($LIVY_LOCAL_RUN_DIR), for the whole
// run; stops everything at the end. Spawned CLIs inherit the env.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalYarnServer, stopHadoopCluster } from '../../src/local/hadoop/index.js';
import { LivyUnavailableError, stopLocalServer, type LocalProgressEvent } from '../../src/local/index.js';
import { findFreePort } from '../../src/local/port.js';

// livyUrl, livyRunDir, sparkHome, sparkPython and livyUnavailable are declared by ../e2e/global-setup.ts.
declare module 'vitest' {
  export interface ProvidedContext {
    /** The ResourceManager's web address (REST API under /ws/v1/cluster). */
    resourceManager: string;
    /** The NameNode's web address (WebHDFS under /webhdfs/v1). */
    nameNode: string;
    hdfsUser: string;
  }
}

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = process.env.LIVY_LOCAL_RUN_DIR ?? mkdtempSync(join(tmpdir(), 'livy-e2e-yarn-run-'));
  process.env.LIVY_LOCAL_RUN_DIR = runDir;
  const t0 = Date.now();
  const onProgress = (e: LocalProgressEvent) => {
    if (e.step === 'maven' && e.message.startsWith('downloaded ')) return;
    console.log(`[livy local yarn ${((Date.now() - t0) / 1000).toFixed(1)}s] ${e.step}: ${e.message}`);
  };
  const stopAll = async () => {
    await stopLocalServer({ env: process.env, onProgress });
    await stopHadoopCluster({ env: process.env, onProgress });
  };
  let info;
  try {
    info = await startLocalYarnServer({ port: await findFreePort(), whitelist: [REPO_ROOT, tmpdir()], onProgress, env: process.env });
  } catch (error) {
    if (!(error instanceof LivyUnavailableError)) throw error;
    const banner = '='.repeat(100);
    console.log(`${banner}\nE2E-YARN SUITE SKIPPED: no Apache Livy distribution is available here.\n${error.message}\n${banner}`);
    project.provide('livyUnavailable', error.message);
    return stopAll;
  }
  project.provide('livyUnavailable', undefined);
  project.provide('livyVersion', info.livyVersion);
  process.env.LIVY_E2E_URL = info.url;
  project.provide('livyUrl', info.url);
  project.provide('livyRunDir', runDir);
  project.provide('sparkHome', info.sparkHome);
  project.provide('sparkPython', info.python);
  project.provide('resourceManager', info.cluster.urls.resourceManager);
  project.provide('nameNode', info.cluster.urls.nameNode);
  project.provide('hdfsUser', info.cluster.user);
  console.log(
    `[livy local yarn] ready at ${info.url} after ${((Date.now() - t0) / 1000).toFixed(1)}s (cluster ${info.cluster.reused ? 'reused' : 'started'})`,
  );

  return async () => {
    // The suite's last file stops everything through the CLI; this only catches a run cut short.
    await stopAll();
    if (!process.env.LIVY_E2E_KEEP_RUN_DIR) rmSync(runDir, { recursive: true, force: true });
  };
}
