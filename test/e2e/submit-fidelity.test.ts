/**
 * `livy submit` against the real local Livy where the body deliberately differs from a naive
 * translation: dry runs that must not touch a live batch, lists Livy merges, paths with a space,
 * a properties file with a byte-order mark, and the server's version.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { JOBS, describeLivy, livyRequest, livyUrl, runLivy, tempDir, waitFor, type RunResult } from './helpers.js';

const SPARK_JOB_MS = 240_000;

function livy(args: string[], timeoutMs = SPARK_JOB_MS): Promise<RunResult> {
  return runLivy(args, { env: { LIVY_URL: livyUrl(), LIVY_LOCAL_RUN_DIR: inject('livyRunDir') }, timeoutMs });
}

const probeLines = (text: string) => text.split(/\r?\n/).filter((l) => l.startsWith('PROBE '));

function submittedId(stderr: string): number {
  const m = /batch (\d+)\b.*submitted to/.exec(stderr);
  if (!m) throw new Error(`no 'batch N submitted' line in:\n${stderr}`);
  return Number(m[1]);
}

const created = new Set<number>();
let dir: string;

beforeAll(() => {
  dir = tempDir('livy-e2e-fidelity-');
  mkdirSync(join(dir, 'with space'));
  copyFileSync(join(JOBS, 'pi.py'), join(dir, 'with space', 'pi.py'));
  writeFileSync(join(dir, 'my data.txt'), 'hello\n');
  writeFileSync(join(dir, 'data.txt'), 'hello\n');
  writeFileSync(join(dir, 'other.txt'), 'hello\n');
  writeFileSync(join(dir, 'bom.properties'), '\uFEFFspark.probe.bom=1\nspark.probe.after=2\n');
});

afterAll(async () => {
  for (const id of created) {
    const { body } = await livyRequest<{ state?: string }>('GET', `/batches/${id}/state`).catch(() => ({ body: {} as { state?: string } }));
    if (body.state && !['success', 'dead', 'killed', 'error'].includes(body.state)) {
      await livyRequest('DELETE', `/batches/${id}`).catch(() => undefined);
    }
  }
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describeLivy('livy submit fidelity against the local Livy', () => {
  it("--version prints this CLI's version and the server's", async () => {
    const { body } = await livyRequest<{ version: string }>('GET', '/version');
    const r = await livy(['submit', '--version'], 30_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(`Livy server ${body.version} at ${livyUrl()}`);
  });

  it(
    '--dry-run --kill and --dry-run --status leave a running batch alone; --kill then kills it',
    async () => {
      const sub = await livy(['submit', '--async', `${JOBS}/sleep.py`, '300'], 60_000);
      expect(sub.code, sub.stderr).toBe(0);
      const id = Number(sub.stdout.trim());
      created.add(id);
      await waitFor(async () => (await livyRequest<{ state: string }>('GET', `/batches/${id}/state`)).body.state === 'running', {
        what: `batch ${id} to run`,
        timeoutMs: 180_000,
      });

      const dryKill = await livy(['submit', '--dry-run', '--kill', String(id)], 30_000);
      expect(dryKill.code, dryKill.stderr).toBe(0);
      expect(dryKill.stdout).toBe(`DELETE ${livyUrl()}/batches/${id}\n`);
      const dryStatus = await livy(['submit', '--dry-run', '-o', 'json', '--status', String(id)], 30_000);
      expect(JSON.parse(dryStatus.stdout)).toEqual({ dryRun: true, method: 'GET', url: `${livyUrl()}/batches/${id}/state` });
      expect((await livyRequest<{ state: string }>('GET', `/batches/${id}/state`)).body.state).toBe('running');

      const kill = await livy(['submit', '--kill', String(id)], 60_000);
      expect(kill.code, kill.stderr).toBe(0);
      expect(kill.stdout).toBe(`batch ${id} killed\n`);
      // Livy forgets a deleted batch: it is gone, or (briefly) killed.
      await waitFor(
        async () => {
          const reply = await livyRequest<{ state?: string }>('GET', `/batches/${id}/state`);
          return reply.status === 404 || reply.body.state === 'killed';
        },
        { what: `batch ${id} to be gone`, timeoutMs: 60_000 },
      );
    },
    2 * SPARK_JOB_MS,
  );

  it(
    'an application path with a space runs (sent as a file: URI Livy can parse)',
    async () => {
      const r = await livy(['submit', join(dir, 'with space', 'pi.py'), '1000']);
      created.add(submittedId(r.stderr));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^PI_RESULT samples=1000 /m);
    },
    SPARK_JOB_MS,
  );

  it(
    '--files and spark.files both reach the job, and so does a file whose name has a space',
    async () => {
      const r = await livy([
        'submit',
        '--files',
        `${join(dir, 'data.txt')},${join(dir, 'my data.txt')}`,
        '--conf',
        `spark.files=${join(dir, 'other.txt')}`,
        '--conf',
        'spark.probe.expect-files=data.txt,other.txt,my data.txt',
        `${JOBS}/probe.py`,
      ]);
      created.add(submittedId(r.stderr));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('are both sent');
      expect(probeLines(r.stdout).filter((l) => l.startsWith('PROBE file'))).toEqual([
        'PROBE file data.txt present',
        'PROBE file other.txt present',
        'PROBE file my data.txt present',
      ]);
    },
    SPARK_JOB_MS,
  );

  it(
    'a properties file with a byte-order mark: its first property does not reach the job, as with spark-submit',
    async () => {
      const r = await livy(['submit', '--properties-file', join(dir, 'bom.properties'), `${JOBS}/probe.py`]);
      created.add(submittedId(r.stderr));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain("Ignoring 'spark.probe.bom' on line 1");
      const conf = probeLines(r.stdout).filter((l) => l.startsWith('PROBE conf spark.probe.'));
      expect(conf).toEqual(['PROBE conf spark.probe.after=2']);
    },
    SPARK_JOB_MS,
  );
});
