// The profiles file under concurrent writers and read-only directories, through the built binary.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedEnv, runBuilt } from './built-livy.js';

const WRITERS = 20;
const ROUNDS = 3;

function configDir(): string {
  return mkdtempSync(join(tmpdir(), 'livy-profiles-concurrency-'));
}

function savedProfiles(dir: string): string[] {
  return Object.keys(JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles).sort();
}

describe('concurrent profile add', () => {
  it(`${WRITERS} processes at once, ${ROUNDS} rounds: every profile is saved, every process exits 0`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = configDir();
      const env = isolatedEnv({ LIVY_CONFIG_DIR: dir });
      const names = Array.from({ length: WRITERS }, (_, i) => `p${round}-${i}`);
      const runs = await Promise.all(names.map((name) => runBuilt(['profile', 'add', name, '--url', `http://host-${name}:8998`], env)));
      expect(runs.map((run) => run.code)).toEqual(names.map(() => 0));
      expect(savedProfiles(dir)).toEqual([...names].sort());
      expect(statSync(join(dir, 'profiles.json')).mode & 0o777).toBe(0o600);
    }
  }, 600_000);

  it('the same name added by many processes at once: one wins, the others exit 2 saying it exists', async () => {
    const dir = configDir();
    const env = isolatedEnv({ LIVY_CONFIG_DIR: dir });
    const runs = await Promise.all(
      Array.from({ length: 8 }, (_, i) => runBuilt(['profile', 'add', 'shared', '--url', `http://h${i}:8998`], env)),
    );
    expect(runs.filter((run) => run.code === 0)).toHaveLength(1);
    for (const run of runs.filter((r) => r.code !== 0)) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/a profile named 'shared' exists already/);
    }
    expect(savedProfiles(dir)).toEqual(['shared']);
  });

  it('a lock left behind by a killed process is taken over once stale', async () => {
    const dir = configDir();
    const lock = join(dir, 'profiles.json.lock');
    mkdirSync(lock);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const run = await runBuilt(['profile', 'add', 'after-crash', '--url', 'http://h:8998'], isolatedEnv({ LIVY_CONFIG_DIR: dir }));
    expect(run.code).toBe(0);
    expect(savedProfiles(dir)).toEqual(['after-crash']);
  });
});

describe('a read-only config directory', () => {
  it('is left read-only, and the command fails with one line naming it', async () => {
    const dir = configDir();
    chmodSync(dir, 0o500);
    try {
      const run = await runBuilt(['profile', 'add', 'dev', '--url', 'http://h:8998'], isolatedEnv({ LIVY_CONFIG_DIR: dir }));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`error: the config directory ${dir} is read-only; nothing was written`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(statSync(dir).mode & 0o777).toBe(0o500);
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('a read-only profiles file is left as it is', async () => {
    const dir = configDir();
    const env = isolatedEnv({ LIVY_CONFIG_DIR: dir });
    expect((await runBuilt(['profile', 'add', 'dev', '--url', 'http://h:8998'], env)).code).toBe(0);
    const file = join(dir, 'profiles.json');
    chmodSync(file, 0o400);
    const before = readFileSync(file, 'utf8');
    const run = await runBuilt(['profile', 'add', 'prod', '--url', 'http://p:8998'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/profiles file .* is read-only; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(statSync(file).mode & 0o777).toBe(0o400);
  });
});

describe('concurrent profile edit', () => {
  it('edits of different settings of one profile at once all land', async () => {
    const dir = configDir();
    const env = isolatedEnv({ LIVY_CONFIG_DIR: dir });
    expect((await runBuilt(['profile', 'add', 'dev', '--url', 'http://h:8998'], env)).code).toBe(0);
    const keys = Array.from({ length: 10 }, (_, i) => `spark.k${i}`);
    const runs = await Promise.all(keys.map((key) => runBuilt(['profile', 'edit', 'dev', '--conf', `${key}=v`], env)));
    expect(runs.map((run) => run.code)).toEqual(keys.map(() => 0));
    const conf = JSON.parse(readFileSync(join(dir, 'profiles.json'), 'utf8')).profiles.dev.conf;
    expect(Object.keys(conf).sort()).toEqual([...keys].sort());
  }, 300_000);
});
