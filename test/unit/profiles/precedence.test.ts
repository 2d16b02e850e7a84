import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors/cli-error.js';
import { DEFAULT_URL, resolveServerTarget, type ProfileSource } from '../../../src/profiles/server-target.js';
import type { ProfileFile } from '../../../src/profiles/schema.js';

const data: ProfileFile = {
  current: 'staging',
  profiles: {
    staging: {
      url: 'https://staging:8443',
      auth: 'basic',
      user: 'sam',
      password: { from: 'env', name: 'STAGING_PW' },
      headers: { 'X-Team': 'a' },
      proxyUser: 'etl',
      conf: { 'spark.a': '1' },
    },
    prod: { url: 'https://prod:8443/gateway/default/livy/v1', auth: 'kerberos', caCert: '/etc/ca.pem' },
    gw: { url: 'https://gw', auth: 'bearer', token: { from: 'command', command: 'get-token' } },
  },
};
const source: ProfileSource = { data, local: () => ({ url: 'http://127.0.0.1:9999' }) };

describe('selection precedence: flags > LIVY_* env > selected profile > defaults', () => {
  it('uses the default URL with no profile file', () => {
    const t = resolveServerTarget({}, {});
    expect(t).toMatchObject({ url: DEFAULT_URL, source: 'default', auth: { type: 'none' } });
    expect(t.profile).toBeUndefined();
  });

  it("uses the profile set with 'use'", () => {
    const t = resolveServerTarget({}, {}, source);
    expect(t).toMatchObject({
      url: 'https://staging:8443',
      source: 'profile',
      profile: { name: 'staging', selectedBy: 'current' },
      proxyUser: 'etl',
      conf: { 'spark.a': '1' },
    });
    expect(t.auth).toMatchObject({ type: 'basic', user: 'sam', password: { ref: { from: 'env', name: 'STAGING_PW' } } });
  });

  it('LIVY_PROFILE beats use; --profile beats LIVY_PROFILE', () => {
    expect(resolveServerTarget({}, { LIVY_PROFILE: 'prod' }, source).profile).toMatchObject({ name: 'prod', selectedBy: 'env' });
    expect(resolveServerTarget({ profile: 'gw' }, { LIVY_PROFILE: 'prod' }, source).profile).toMatchObject({
      name: 'gw',
      selectedBy: 'flag',
    });
  });

  it('--url beats LIVY_URL beats the selected profile; the profile keeps its other settings', () => {
    const t = resolveServerTarget({ profile: 'prod', url: 'https://other:1' }, { LIVY_URL: 'https://env:2' }, source);
    expect(t).toMatchObject({ url: 'https://other:1', source: 'flag', auth: { type: 'kerberos' }, tls: { caCert: '/etc/ca.pem' } });
    const e = resolveServerTarget({ profile: 'prod' }, { LIVY_URL: 'https://env:2' }, source);
    expect(e).toMatchObject({ url: 'https://env:2', source: 'env', auth: { type: 'kerberos' } });
    expect(e.notes.join()).toMatch(/LIVY_URL overrides the URL of profile 'prod'/);
  });

  it("ignores a profile chosen only with 'use' when --url or LIVY_URL names the server (no credentials sent elsewhere)", () => {
    const t = resolveServerTarget({}, { LIVY_URL: 'http://elsewhere:8998' }, source);
    expect(t).toMatchObject({ url: 'http://elsewhere:8998', auth: { type: 'none' }, conf: {} });
    expect(t.profile).toBeUndefined();
    expect(t.proxyUser).toBeUndefined();
  });

  it('LIVY_TOKEN and LIVY_USER/LIVY_PASSWORD beat the profile credentials', () => {
    expect(resolveServerTarget({}, { LIVY_TOKEN: 't' }, source).auth).toMatchObject({
      type: 'bearer',
      token: { ref: { from: 'env', name: 'LIVY_TOKEN' } },
    });
    expect(resolveServerTarget({}, { LIVY_PASSWORD: 'p' }, source).auth).toMatchObject({
      type: 'basic',
      user: 'sam',
      password: { ref: { name: 'LIVY_PASSWORD' } },
    });
    expect(resolveServerTarget({}, { LIVY_PASSWORD: 'p', LIVY_USER: 'u' }, source).auth).toMatchObject({ type: 'basic', user: 'u' });
    expect(resolveServerTarget({ profile: 'prod' }, { LIVY_AUTH: 'none' }, source).auth).toEqual({ type: 'none' });
  });

  it('LIVY_PROXY_USER beats the profile; --ca-cert beats LIVY_CA_CERT beats the profile', () => {
    expect(resolveServerTarget({}, { LIVY_PROXY_USER: 'x' }, source).proxyUser).toBe('x');
    expect(resolveServerTarget({ profile: 'prod' }, { LIVY_CA_CERT: '/env.pem' }, source).tls.caCert).toBe('/env.pem');
    expect(resolveServerTarget({ profile: 'prod', caCert: '/dev/null' }, { LIVY_CA_CERT: '/env.pem' }, source).tls.caCert).toBe(
      '/dev/null',
    );
  });

  it('--header beats the profile header of the same name, case-insensitively', () => {
    const t = resolveServerTarget({ header: ['x-team: b', 'X-Other: c'] }, {}, source);
    expect(t.headers).toEqual({ 'x-team': 'b', 'X-Other': 'c' });
  });

  it('--insecure comes from the flag or the profile, never from the environment', () => {
    expect(resolveServerTarget({ insecure: true }, {}, source).tls.insecure).toBe(true);
    expect(resolveServerTarget({}, { LIVY_INSECURE: '1' } as NodeJS.ProcessEnv, source).tls.insecure).toBe(false);
  });

  it('offers the running local server as the built-in profile "local"', () => {
    expect(resolveServerTarget({ profile: 'local' }, {}, source)).toMatchObject({
      url: 'http://127.0.0.1:9999',
      profile: { name: 'local', builtin: true },
    });
    expect(() => resolveServerTarget({ profile: 'local' }, {}, { data, local: () => undefined })).toThrow(
      /no local Livy server is running/,
    );
  });

  it('names the known profiles when the selected one does not exist', () => {
    expect(() => resolveServerTarget({ profile: 'nope' }, {}, source)).toThrow(UsageError);
    expect(() => resolveServerTarget({}, { LIVY_PROFILE: 'nope' }, source)).toThrow(/from LIVY_PROFILE/);
  });

  it('a broken profiles file matters only when a profile could be needed', () => {
    const broken: ProfileSource = { error: new UsageError('broken file') };
    expect(() => resolveServerTarget({}, {}, broken)).toThrow('broken file');
    expect(() => resolveServerTarget({ profile: 'prod' }, { LIVY_URL: 'http://x:1' }, broken)).toThrow('broken file');
    expect(resolveServerTarget({ url: 'http://x:1' }, {}, broken).url).toBe('http://x:1');
  });

  it('property: the URL is the first of --url, LIVY_URL, the profile, the default', () => {
    const maybe = (s: string) => fc.option(fc.constant(s), { nil: undefined });
    fc.assert(
      fc.property(
        maybe('http://flag:1'),
        maybe('http://env:2'),
        fc.constantFrom<string | undefined>(undefined, 'staging', 'prod'),
        (flag, envUrl, profile) => {
          const t = resolveServerTarget(
            { ...(flag ? { url: flag } : {}), ...(profile ? { profile } : {}) },
            envUrl ? { LIVY_URL: envUrl } : {},
            { data: { profiles: data.profiles } },
          );
          const expected = flag ?? envUrl ?? (profile ? data.profiles[profile]!.url : DEFAULT_URL);
          expect(t.url).toBe(expected);
          if (profile) expect(t.profile?.name).toBe(profile);
        },
      ),
    );
  });
});
