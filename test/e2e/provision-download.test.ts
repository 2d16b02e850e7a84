// `livy local start` on an empty cache, provisioning Livy the way a user elsewhere does: from
// Apache's download service. A loopback HTTP server plays the mirror (LIVY_LOCAL_MIRROR), serving
// the distribution the suite's own server runs and its .sha512 in Apache's layout.
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { livyPaths } from '../../src/local/livy-paths.js';
import { localPaths } from '../../src/local/paths.js';
import { LIVY_VERSION } from '../../src/local/versions.js';
import { startFakeMirror, type FakeMirror } from '../support/livy-distributions.js';
import { describeLivy, runLivy, tempDir } from './helpers.js';

/** An empty Livy cache that shares the suite's pyspark install (it is not what is under test). */
function emptyCache(): { env: Record<string, string | undefined>; home: string } {
  const home = tempDir('livy-e2e-home-');
  const shared = localPaths(process.env);
  mkdirSync(home, { recursive: true });
  symlinkSync(shared.sparkDir, localPaths({ LIVY_LOCAL_HOME: home }).sparkDir);
  return {
    home,
    env: {
      LIVY_LOCAL_HOME: home,
      LIVY_LOCAL_RUN_DIR: join(home, 'run'),
      LIVY_LOCAL_SOURCE: undefined,
      LIVY_LOCAL_DIST: undefined,
      LIVY_URL: undefined,
    },
  };
}

let mirror: FakeMirror | undefined;
afterEach(async () => {
  await mirror?.close();
  mirror = undefined;
});

describeLivy('provisioning from a download mirror into an empty cache', () => {
  const suiteZip = () => livyPaths(LIVY_VERSION, process.env).distZip;

  it('downloads, verifies the SHA-512, starts that server, and stops it', async () => {
    mirror = await startFakeMirror(suiteZip(), LIVY_VERSION);
    const { env } = emptyCache();
    const withMirror = { ...env, LIVY_LOCAL_MIRROR: mirror.base };
    try {
      const start = await runLivy(['local', 'start'], { env: withMirror, timeoutMs: 280_000 });
      expect(start.code, start.stderr).toBe(0);
      expect(start.stderr).toContain(`downloaded and verified apache-livy-${LIVY_VERSION}_2.12-bin.zip`);
      const status = await runLivy(['local', 'status', '-o', 'json'], { env: withMirror });
      expect(JSON.parse(status.stdout)).toMatchObject({ running: true, responding: true, livyVersion: LIVY_VERSION });
    } finally {
      const stop = await runLivy(['local', 'stop'], { env: withMirror, timeoutMs: 60_000 });
      expect(stop.code, stop.stderr).toBe(0);
    }
    expect(mirror.requests.filter((r) => r.endsWith('.zip'))).toHaveLength(1);
  });

  it('refuses a corrupted download with one line, exit 3, and leaves nothing behind', async () => {
    mirror = await startFakeMirror(suiteZip(), LIVY_VERSION, { corrupt: true });
    const { env, home } = emptyCache();
    const start = await runLivy(['local', 'start'], { env: { ...env, LIVY_LOCAL_MIRROR: mirror.base }, timeoutMs: 280_000 });
    expect(start.code, start.stderr).toBe(3);
    expect(start.stderr).toMatch(/does not match its published SHA-512 .*it was deleted/);
    expect(start.stderr).not.toMatch(/^\s+at /m);
    const kept = ['dist', 'downloads', `livy-${LIVY_VERSION}`].flatMap((d) =>
      existsSync(join(home, d)) ? readdirSync(join(home, d)).map((f) => `${d}/${f}`) : [],
    );
    expect(kept).toEqual([]);
  });
});
