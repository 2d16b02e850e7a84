import { describe, expect, it } from 'vitest';
import { resolveStagingSettings, type LocalClusterStage } from '../../../src/cli/commands/stage/staging-settings.js';
import type { Profile } from '../../../src/profiles/schema.js';
import { LivyAuthError } from '../../../src/client/spnego.js';
import { StagingError } from '../../../src/staging/errors.js';
import { describeWebHdfsError } from '../../../src/staging/hdfs/hdfs-errors.js';
import { webHdfsAddress } from '../../../src/staging/hdfs/webhdfs-address.js';
import { WebHdfsError } from '../../../src/storage/webhdfs.js';

describe('webHdfsAddress', () => {
  it("is the NameNode's default HTTP port on the stage dir's host", () => {
    expect(webHdfsAddress('hdfs://nn.example.com:8020/user/me/stage', {})).toBe('http://nn.example.com:9870');
  });

  it('is the configured address when one is set, without a trailing slash', () => {
    expect(webHdfsAddress('hdfs://nn:8020/stage', { webhdfsUrl: 'https://httpfs:14000/' })).toBe('https://httpfs:14000');
  });

  it('refuses a stage dir that names no host when no address is set, as bad input', () => {
    const error = (() => {
      try {
        webHdfsAddress('hdfs:///user/me/stage', {});
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StagingError);
    expect((error as StagingError).failure).toBe('input');
    expect((error as StagingError).hint).toMatch(/--webhdfs-url/);
  });
});

describe('describeWebHdfsError', () => {
  const URL = 'http://nn:9870';

  it("reads AccessControlException as permission denied, the user's to fix", () => {
    const error = describeWebHdfsError(
      new WebHdfsError(
        'CREATE /denied/x: AccessControlException: Permission denied: user=stager, access=EXECUTE',
        403,
        'AccessControlException',
      ),
      'cannot upload',
      URL,
    );
    expect(error.failure).toBe('input');
    expect(error.message).toMatch(/^cannot upload: permission denied \(.*user=stager/);
  });

  it("reads a transport failure as the store's (retried), naming the address", () => {
    const error = describeWebHdfsError(new WebHdfsError('PUT http://nn:9870/webhdfs/v1/x: connect ECONNREFUSED'), 'cannot check x', URL);
    expect(error.failure).toBe('store');
    expect(error.message).toContain('cannot reach WebHDFS at http://nn:9870');
  });

  it('retries safe mode (an IOException answered 403)', () => {
    const error = describeWebHdfsError(
      new WebHdfsError('CREATE /x: SafeModeException: Name node is in safe mode.', 403, 'SafeModeException'),
      'cannot upload',
      URL,
    );
    expect(error.failure).toBe('store');
  });

  it("reads a missing Kerberos ticket (SPNEGO) as the user's to fix, keeping its hint", () => {
    const error = describeWebHdfsError(
      new LivyAuthError('no Kerberos ticket to authenticate to HTTP@nn', 'run `kinit`'),
      'cannot check x',
      URL,
    );
    expect(error.failure).toBe('input');
    expect(error.hint).toBe('run `kinit`');
  });

  it('reads a 404 without a Hadoop exception as a wrong WebHDFS address', () => {
    const error = describeWebHdfsError(new WebHdfsError('GETFILESTATUS /x: HTTP 404', 404), 'cannot check x', URL);
    expect(error.failure).toBe('input');
    expect(error.message).toContain('does not answer as WebHDFS');
  });
});

describe('resolveStagingSettings for HDFS', () => {
  const local: LocalClusterStage = {
    stageDir: 'hdfs://127.0.0.1:40000/user/me/.livy-staging',
    webhdfsUrl: 'http://127.0.0.1:40001',
    user: 'me',
  };
  const profile = (p: Partial<Profile>): Profile => ({ url: 'http://livy:8998', auth: 'none', ...p });

  it("stages to the local cluster's HDFS, as its user, when nothing else is set", () => {
    const settings = resolveStagingSettings({}, {}, undefined, { localCluster: local });
    expect(settings.dir).toEqual({ store: 'hdfs', uri: local.stageDir });
    expect(settings.hdfs).toEqual({ webhdfsUrl: local.webhdfsUrl, user: 'me' });
  });

  it('lets a stage dir from the environment win over the local cluster, without its address or user', () => {
    const settings = resolveStagingSettings({}, { LIVY_STAGE_DIR: 'hdfs://nn:8020/stage' }, undefined, { localCluster: local });
    expect(settings.dir?.uri).toBe('hdfs://nn:8020/stage');
    expect(settings.hdfs).toEqual({});
  });

  it("takes the profile's stage dir and WebHDFS address, under LIVY_WEBHDFS_URL and --webhdfs-url", () => {
    const p = profile({ stageDir: 'hdfs://nn:8020/stage', webhdfsUrl: 'http://gw:14000' });
    expect(resolveStagingSettings({}, {}, p).hdfs.webhdfsUrl).toBe('http://gw:14000');
    expect(resolveStagingSettings({}, { LIVY_WEBHDFS_URL: 'http://env:9870' }, p).hdfs.webhdfsUrl).toBe('http://env:9870');
    expect(resolveStagingSettings({ webhdfsUrl: 'http://flag:9870' }, { LIVY_WEBHDFS_URL: 'http://env:9870' }, p).hdfs.webhdfsUrl).toBe(
      'http://flag:9870',
    );
  });

  it('authenticates with SPNEGO instead of user.name when the server does', () => {
    expect(resolveStagingSettings({ stageDir: 'hdfs://nn:8020/s' }, {}, undefined, { server: { kerberos: true } }).hdfs).toEqual({
      kerberos: true,
    });
  });

  it('refuses a WebHDFS address that is not an http(s) URL, naming where it came from', () => {
    expect(() => resolveStagingSettings({ webhdfsUrl: 'nn:9870' }, {}, undefined)).toThrow(
      /^--webhdfs-url must be an http:\/\/ or https:\/\/ URL/,
    );
  });
});
