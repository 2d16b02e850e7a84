import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { WebHdfsClient } from '../../src/storage/webhdfs.js';
import { LIVY_BIN, livyRequest, livyUrl, REPO_ROOT, runLivy, waitFor, type RunResult } from '../e2e/helpers.js';

// Generous: on a shared 2-core machine one application can take minutes to get through YARN.
export const SPARK_JOB_MS = 600_000;

/** The env every spawned CLI gets: the suite's Livy and its run dir (so `livy local …` finds the cluster). */
export function cliEnv(): Record<string, string> {
  return { LIVY_URL: livyUrl(), LIVY_LOCAL_RUN_DIR: inject('livyRunDir') };
}

export function livy(args: string[], timeoutMs = SPARK_JOB_MS): Promise<RunResult> {
  return runLivy(args, { env: cliEnv(), timeoutMs });
}

/** `livy` run from another working directory (relative local paths resolve against it). */
export function livyIn(cwd: string, args: string[], timeoutMs = SPARK_JOB_MS): Promise<RunResult> {
  return runLivy(args, { env: cliEnv(), timeoutMs, cwd });
}

/** WebHDFS of the suite's cluster, as the cluster's user. */
export function hdfs(): WebHdfsClient {
  return new WebHdfsClient({ url: inject('nameNode'), user: inject('hdfsUser') });
}

export interface YarnApp {
  id: string;
  state: string;
  finalStatus: string;
  queue: string;
  diagnostics: string;
  applicationTags: string;
  applicationType: string;
}

/** An application as the ResourceManager's REST API reports it. */
export async function yarnApp(appId: string): Promise<YarnApp> {
  const res = await fetch(`${inject('resourceManager')}/ws/v1/cluster/apps/${appId}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`RM answered ${res.status} for ${appId}`);
  return ((await res.json()) as { app: YarnApp }).app;
}

/** The YARN application id Livy recorded for a batch. */
export async function batchAppId(id: number): Promise<string | null> {
  const { body } = await livyRequest<{ appId: string | null }>('GET', `/batches/${id}`);
  return body.appId;
}

/** The batch id from the "batch N ... submitted to ..." line on stderr. */
export function submittedId(stderr: string): number {
  const m = /batch (\d+)\b.*submitted to/.exec(stderr);
  if (!m) throw new Error(`no 'batch N submitted' line in:\n${stderr}`);
  return Number(m[1]);
}

export function uniqueName(what: string): string {
  return `e2e-${what}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The text of every part file in an HDFS output directory. */
export async function readOutput(dir: string): Promise<string> {
  const client = hdfs();
  const parts = (await client.list(dir))
    .filter((s) => s.pathSuffix.startsWith('part-'))
    .map((s) => s.pathSuffix)
    .sort();
  const texts = await Promise.all(parts.map(async (p) => (await client.read(`${dir}/${p}`)).toString('utf8')));
  return texts.join('');
}

/**
 * Puts a local job file into HDFS (under /e2e-jobs) and returns its hdfs:/// URI. On YARN a bare
 * absolute path means a path in HDFS (fs.defaultFS), not on this machine.
 */
export async function putJob(localFile: string): Promise<string> {
  const path = `/e2e-jobs/${localFile.split('/').pop()}`;
  await hdfs().upload(localFile, path, { overwrite: true });
  return `hdfs://${path}`;
}

/** Submits sleep.py (from HDFS) without waiting, and waits until its YARN application runs. */
export async function startSleepingBatch(seconds: number): Promise<{ id: number; appId: string }> {
  const submit = await livy(
    ['submit', '--async', await putJob(join(REPO_ROOT, 'test', 'fixtures', 'jobs', 'sleep.py')), String(seconds)],
    60_000,
  );
  if (submit.code !== 0) throw new Error(`submit failed (${submit.code}): ${submit.stderr}`);
  const id = Number(/\d+/.exec(submit.stdout)![0]);
  const appId = await waitFor(async () => (await batchAppId(id)) ?? undefined, { timeoutMs: 600_000, what: 'an application id' });
  await waitFor(async () => (await yarnApp(appId)).state === 'RUNNING', { timeoutMs: 600_000, what: `${appId} running` });
  return { id, appId };
}

/**
 * `livy batches wait ID` in the background: `attached` resolves once it has seen the batch's state
 * (acting before that would race its first request), then its exit code and stderr.
 */
export function spawnWaiter(id: number): { attached: Promise<void>; exited: Promise<number | null>; stderr(): string; kill(): void } {
  const waiter = spawn(process.execPath, [LIVY_BIN, 'batches', 'wait', String(id)], {
    env: { ...process.env, ...cliEnv(), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let onAttached: () => void = () => {};
  const attached = new Promise<void>((r) => (onAttached = r));
  waiter.stderr.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
    if (new RegExp(`batch ${id}: \\w+`).test(stderr)) onAttached();
  });
  const exited = new Promise<number | null>((r) => waiter.on('close', (code) => r(code)));
  return { attached: Promise.race([attached, exited.then(() => {})]), exited, stderr: () => stderr, kill: () => waiter.kill('SIGKILL') };
}
