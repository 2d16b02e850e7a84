// Last suite of the YARN run (see yarn.test.ts): `livy local stop` stops Livy, the four daemons and
// every container, and leaves no process behind.
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { processesMentioning } from '../../src/local/hadoop/process-tree.js';
import { describeLivy } from '../e2e/helpers.js';
import { livy } from './yarn-helpers.js';

describeLivy('livy local stop on YARN', () => {
  it('stops Livy, HDFS, YARN and the containers, leaving no process of the run dir', async () => {
    const runDir = inject('livyRunDir');
    expect(processesMentioning(runDir).length).toBeGreaterThanOrEqual(5);
    const before = await livy(['local', 'status', '-o', 'json'], 30_000);
    expect(before.code, before.stderr).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({
      running: true,
      cluster: 'yarn',
      clusterRunning: true,
      hdfs: expect.stringMatching(/^hdfs:\/\/127\.0\.0\.1:\d+$/),
      resourceManager: inject('resourceManager'),
      queues: [expect.objectContaining({ name: 'default' }), expect.objectContaining({ name: 'etl' })],
    });
    reportPeakRss(JSON.parse(before.stdout) as LocalStatus);
    const r = await livy(['local', 'stop'], 120_000);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/stopped the YARN cluster \(nodemanager, resourcemanager, (datanode, namenode|namenode, datanode)\)/);
    expect(processesMentioning(runDir)).toEqual([]);
    const status = await livy(['local', 'status', '-o', 'json'], 30_000);
    expect(status.code).toBe(3);
    expect(JSON.parse(status.stdout)).toMatchObject({ running: false, cluster: 'local' });
  });
});

interface LocalStatus {
  pid: number;
  daemons: { name: string; pid: number }[];
}

/** Peak resident set (VmHWM) in KiB of a process still running, else undefined. */
function peakRssKiB(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** A figure for the CI log, not a check: each daemon's and Livy's peak memory under the whole suite. */
function reportPeakRss(status: LocalStatus): void {
  const rows = [...status.daemons, { name: 'livy', pid: status.pid }].map((d) => ({ name: d.name, kib: peakRssKiB(d.pid) }));
  const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
  const total = rows.reduce((sum, r) => sum + (r.kib ?? 0), 0);
  const each = rows.map((r) => `${r.name} ${r.kib === undefined ? '—' : mib(r.kib)}`).join(', ');
  console.log(`peak RSS under the YARN suite: ${each}; total ${mib(total)}`);
}
