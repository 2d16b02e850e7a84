import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileNames } from '../../../src/profiles/names.js';
import { configDir } from '../../../src/profiles/paths.js';
import { applyRequestDefaults } from '../../../src/profiles/request-defaults.js';
import { describeSecret, resolveSecret } from '../../../src/profiles/secrets.js';
import { ProfileFileError, ProfileStore, readProfiles } from '../../../src/profiles/store.js';
import { tempDir } from './helpers.js';

const envFor = (dir: string) => ({ LIVY_CONFIG_DIR: dir, PATH: process.env.PATH });

describe('config dir', () => {
  it('is LIVY_CONFIG_DIR, else XDG_CONFIG_HOME/livy-cli, else ~/.config/livy-cli', () => {
    expect(configDir({ LIVY_CONFIG_DIR: '/a/b', XDG_CONFIG_HOME: '/x' })).toBe('/a/b');
    expect(configDir({ XDG_CONFIG_HOME: '/x' })).toBe('/x/livy-cli');
    expect(configDir({ HOME: '/home/u' })).toBe('/home/u/.config/livy-cli');
  });
});

describe('ProfileStore', () => {
  it('writes atomically as 0600 in a 0700 directory and reads back', async () => {
    const dir = join(tempDir(), 'nested', 'livy');
    const store = new ProfileStore(envFor(dir));
    await store.update((data) => {
      data.profiles.dev = { url: 'http://dev:8998', auth: 'basic', user: 'u', password: { from: 'stored', value: 's3cret' } };
      data.current = 'dev';
    });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['profiles.json']); // no temp files left
    expect(store.read()).toEqual({
      current: 'dev',
      profiles: { dev: { url: 'http://dev:8998', auth: 'basic', user: 'u', password: { from: 'stored', value: 's3cret' } } },
    });
  });

  it('tightens a file someone loosened, and warns about it on read', async () => {
    const dir = tempDir();
    const store = new ProfileStore(envFor(dir));
    await store.update((data) => {
      data.profiles.p = { url: 'http://p:1', auth: 'bearer', token: { from: 'stored', value: 't' } };
    });
    const { chmodSync } = await import('node:fs');
    chmodSync(store.file, 0o644);
    expect(readProfiles(envFor(dir))!.warnings[0]).toMatch(/chmod 600/);
    await store.update(() => {});
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
  });

  it('names the file and line of a JSON syntax error, and never overwrites the file', async () => {
    const dir = tempDir();
    const file = join(dir, 'profiles.json');
    const broken = '{\n  "profiles": {\n    "dev": { "url": "http://dev:8998" }\n  }\n  "current": "dev"\n}\n';
    writeFileSync(file, broken);
    const store = new ProfileStore(envFor(dir));
    let error: unknown;
    try {
      store.read();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProfileFileError);
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(/line 5/);
    await expect(store.update((d) => void (d.current = 'x'))).rejects.toBeInstanceOf(ProfileFileError);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('names the field and line of a schema error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'profiles.json'), '{\n  "profiles": {\n    "dev": {\n      "url": "ftp://dev"\n    }\n  }\n}\n');
    expect(() => new ProfileStore(envFor(dir)).read()).toThrow(
      /profiles\.dev\.url: must be an http:\/\/ or https:\/\/ URL without a user name or password \(line 4\)/,
    );
  });

  it('rejects unknown settings rather than silently ignoring them', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'profiles.json'), JSON.stringify({ profiles: { dev: { url: 'http://d:1', pasword: 'x' } } }));
    expect(() => new ProfileStore(envFor(dir)).read()).toThrow(/pasword/);
  });

  it('a missing file is an empty store', () => {
    const dir = tempDir();
    expect(new ProfileStore(envFor(dir)).read()).toEqual({ profiles: {} });
    expect(existsSync(join(dir, 'profiles.json'))).toBe(false);
  });

  it('offers profile names (and local) to shell completion, nothing failing on a broken file', async () => {
    const dir = tempDir();
    await new ProfileStore(envFor(dir)).update((d) => void (d.profiles.zeta = { url: 'http://z:1', auth: 'none' }));
    expect(profileNames(envFor(dir))).toEqual(['local', 'zeta']);
    writeFileSync(join(dir, 'profiles.json'), '{');
    expect(profileNames(envFor(dir))).toEqual(['local']);
  });
});

describe('secrets', () => {
  it('resolves env, command and stored secrets', () => {
    expect(resolveSecret({ from: 'env', name: 'PW' }, 'the password', { PW: 'a' })).toBe('a');
    expect(resolveSecret({ from: 'command', command: "printf 'b\\n'" }, 'the password', { PATH: process.env.PATH })).toBe('b');
    expect(resolveSecret({ from: 'stored', value: 'c' }, 'the password', {})).toBe('c');
  });

  it('fails clearly without showing what a failing command printed', () => {
    expect(() => resolveSecret({ from: 'env', name: 'NOPE' }, 'the password', {})).toThrow(/NOPE, which is not set/);
    let message = '';
    try {
      resolveSecret({ from: 'command', command: 'echo "$X"; echo "$X" >&2; exit 3' }, 'the password', {
        PATH: process.env.PATH,
        X: 'leaked-secret',
      });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/failed \(exit 3\)/);
    expect(message).not.toContain('leaked-secret');
  });

  it('describes secrets without their value', () => {
    expect(describeSecret({ from: 'stored', value: 'hunter2' })).toBe('*** (stored)');
    expect(describeSecret({ from: 'env', name: 'PW' })).toBe('env:PW');
    expect(describeSecret({ from: 'command', command: 'pass show livy' })).toBe('command:pass show livy');
  });
});

type Req = { file: string; proxyUser?: string; conf?: Record<string, string> };

describe('applyRequestDefaults', () => {
  it("merges the profile's conf and proxyUser under the request's", () => {
    expect(applyRequestDefaults<Req>({ file: 'f', conf: { a: '1', b: '2' } }, { proxyUser: 'p', conf: { b: 'x', c: '3' } })).toEqual({
      file: 'f',
      proxyUser: 'p',
      conf: { b: '2', c: '3', a: '1' },
    });
    expect(applyRequestDefaults<Req>({ file: 'f', proxyUser: 'me' }, { proxyUser: 'p' })).toEqual({ file: 'f', proxyUser: 'me' });
    expect(applyRequestDefaults<Req>({ file: 'f' }, {})).toEqual({ file: 'f' });
  });
});

describe('a profiles file that is not a file', () => {
  it('/dev/zero behind the name is reported, not read to the end', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = tempDir();
    symlinkSync('/dev/zero', join(dir, 'profiles.json'));
    expect(() => readProfiles(envFor(dir))).toThrow(/profiles file .* is not valid: larger than 4 MiB/);
  });
});
