import { describe, expect, it } from 'vitest';
import { adaptSessionRequest, serverFeatures, UnsupportedFeatureError } from '../../../src/client/server-features.js';

describe('server features by release', () => {
  it('0.9 has idleTimeout and a lifetime ttl', () => {
    expect(serverFeatures('0.9.0-incubating')).toEqual({ version: '0.9.0-incubating', sessionIdleTimeout: true, sessionMaxLifetime: true });
  });
  it('0.8 has neither: its ttl is the idle timeout', () => {
    expect(serverFeatures('0.8.0-incubating')).toMatchObject({ sessionIdleTimeout: false, sessionMaxLifetime: false });
  });
  it('an unknown version string counts as the newest behaviour', () => {
    expect(serverFeatures('master-SNAPSHOT').sessionIdleTimeout).toBe(true);
  });
});

describe('adapting POST /sessions to the release', () => {
  const v8 = serverFeatures('0.8.0-incubating');
  it('sends an idle timeout as ttl to 0.8', () => {
    expect(adaptSessionRequest({ kind: 'pyspark', idleTimeout: '30m' }, v8)).toEqual({ kind: 'pyspark', ttl: '30m' });
  });
  it('refuses a maximum lifetime on 0.8 rather than send what 0.8 reads as an idle timeout', () => {
    expect(() => adaptSessionRequest({ kind: 'pyspark', ttl: '2h' }, v8)).toThrow(UnsupportedFeatureError);
  });
  it('sends both fields as given to 0.9', () => {
    const body = { kind: 'pyspark' as const, ttl: '2h', idleTimeout: '30m' };
    expect(adaptSessionRequest(body, serverFeatures('0.9.0-incubating'))).toBe(body);
  });
});
