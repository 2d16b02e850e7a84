import { describe, expect, it } from 'vitest';
import { parseSha512File } from '../../../src/local/download-file.js';
import { mirrorBases, releaseUrl } from '../../../src/local/livy-release-download.js';
import { livySourceVersion, mavenBuildArgs, parseMavenModule } from '../../../src/local/livy-source-build.js';
import { parseLivyVersion } from '../../../src/local/versions.js';

const HEX = 'ab'.repeat(64);

describe('the .sha512 files Apache publishes', () => {
  it('reads sha512sum output', () => {
    expect(parseSha512File(`${HEX}  apache-livy-0.9.0-incubating_2.12-bin.zip\n`)).toBe(HEX);
  });
  it('reads gpg --print-md output: upper case, grouped and wrapped', () => {
    const groups = HEX.toUpperCase().match(/.{8}/g)!;
    const text = `apache-livy-0.8.0-incubating_2.12-bin.zip: ${groups.slice(0, 8).join(' ')}\n  ${groups.slice(8).join(' ')}\n`;
    expect(parseSha512File(text)).toBe(HEX);
  });
  it('refuses anything that is not a 128-digit digest', () => {
    expect(parseSha512File('<html>Not Found</html>')).toBeUndefined();
    expect(parseSha512File(`${HEX.slice(2)}  x.zip`)).toBeUndefined();
  });
});

describe('mirrors', () => {
  it('tries Apache’s current releases first, then the archive', () => {
    expect(mirrorBases({})).toEqual(['https://dlcdn.apache.org/', 'https://archive.apache.org/dist/']);
  });
  it('lets LIVY_LOCAL_MIRROR replace them (comma-separated)', () => {
    expect(mirrorBases({ LIVY_LOCAL_MIRROR: 'https://a.example/apache/, https://b.example' })).toEqual([
      'https://a.example/apache/',
      'https://b.example',
    ]);
  });
  it('keeps Apache’s directory layout under any base', () => {
    expect(releaseUrl('https://m.example/apache/', '0.8.0-incubating')).toBe(
      'https://m.example/apache/incubator/livy/0.8.0-incubating/apache-livy-0.8.0-incubating_2.12-bin.zip',
    );
  });
});

describe('versions', () => {
  it('accepts the short forms of a supported release', () => {
    expect(parseLivyVersion('0.8')).toBe('0.8.0-incubating');
    expect(parseLivyVersion('0.9.0')).toBe('0.9.0-incubating');
    expect(parseLivyVersion('v0.9.0-incubating')).toBe('0.9.0-incubating');
  });
  it('refuses a release it cannot run', () => {
    expect(parseLivyVersion('0.7.1-incubating')).toBeUndefined();
    expect(parseLivyVersion('1.0')).toBeUndefined();
  });
});

describe('reading a source release and its Maven build', () => {
  it('finds the release in the top-level pom, not the Apache parent’s version', () => {
    const pom =
      '<project><groupId>org.apache.livy</groupId>\n  <artifactId>livy-main</artifactId>\n  <version>0.8.0-incubating</version>\n<parent><version>18</version></parent></project>';
    expect(livySourceVersion(pom)).toBe('0.8.0-incubating');
    expect(livySourceVersion('<project><artifactId>spark-parent</artifactId><version>3.5.6</version></project>')).toBeUndefined();
  });
  it('follows the reactor through its module lines', () => {
    expect(parseMavenModule('[INFO] Building Livy Project Parent POM 0.9.0-incubating                   [1/16]')).toEqual({
      name: 'Livy Project Parent POM',
      index: 1,
      count: 16,
    });
    expect(parseMavenModule('[INFO] BUILD SUCCESS')).toBeUndefined();
  });
  it('builds the Spark 3 / Scala 2.12 assembly with the cache’s repository and no remote resources', () => {
    const args = mavenBuildArgs('/c/m2');
    expect(args).toEqual(
      expect.arrayContaining(['-Dmaven.repo.local=/c/m2', '-Pspark3', '-Pscala-2.12', '-Dremoteresources.skip=true', 'assembly']),
    );
    expect(args.slice(-4)).toEqual(['-pl', 'assembly', '-am', 'package']);
  });
});
