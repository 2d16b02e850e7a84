import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hdfsPathOf, WebHdfsClient, WebHdfsError } from '../../../src/storage/webhdfs.js';
import { FakeHdfs, port } from '../../support/fake-webhdfs.js';

let hdfs: FakeHdfs;
let client: WebHdfsClient;

beforeEach(async () => {
  hdfs = new FakeHdfs();
  await hdfs.start();
  client = new WebHdfsClient({ url: hdfs.nnUrl, user: 'alice' });
});

afterEach(async () => hdfs.stop());

describe('hdfsPathOf', () => {
  it('takes the path of hdfs:// URIs and absolute paths, and refuses relative ones', () => {
    expect(hdfsPathOf('hdfs:///data/in.csv')).toBe('/data/in.csv');
    expect(hdfsPathOf('hdfs://127.0.0.1:9000/a//b')).toBe('/a/b');
    expect(hdfsPathOf('/x')).toBe('/x');
    expect(() => hdfsPathOf('data/in.csv')).toThrow(/not an absolute HDFS path/);
  });
});

describe('WebHdfsClient', () => {
  it('uploads a local file to the DataNode the NameNode redirects to, never to the NameNode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'webhdfs-'));
    const file = join(dir, 'in.txt');
    const content = Buffer.from('a,b\n'.repeat(10_000));
    writeFileSync(file, content);
    await client.upload(file, 'hdfs:///data/in.txt');
    expect(hdfs.files.get('/data/in.txt')?.equals(content)).toBe(true);
    expect(hdfs.nameNodeBodyBytes).toBe(0);
  });

  it('sends user.name for simple authentication', async () => {
    await client.status('/');
    expect(hdfs.users).toEqual(['alice']);
  });

  it('reads a file through the redirect', async () => {
    hdfs.files.set('/a b/x.txt', Buffer.from('hello'));
    expect((await client.read('/a b/x.txt')).toString()).toBe('hello');
  });

  it('reports a missing path as undefined status and as FileNotFoundException elsewhere, in one line', async () => {
    expect(await client.status('/nope')).toBeUndefined();
    const err = await client.list('/nope').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebHdfsError);
    expect((err as WebHdfsError).exception).toBe('FileNotFoundException');
    expect((err as WebHdfsError).message).toBe('LISTSTATUS /nope: FileNotFoundException: File does not exist: /nope');
  });

  it("refuses to overwrite unless asked, with Hadoop's exception name", async () => {
    await client.write('/f', 'one');
    const err = await client.write('/f', 'two').catch((e: unknown) => e);
    expect((err as WebHdfsError).exception).toBe('FileAlreadyExistsException');
    await client.write('/f', 'two', { overwrite: true });
    expect(hdfs.files.get('/f')?.toString()).toBe('two');
  });

  it('lists, creates directories, sets permissions (empty answer) and deletes', async () => {
    await client.mkdirs('/d', '755');
    await client.write('/d/x', 'x');
    expect((await client.list('/d')).map((s) => s.pathSuffix)).toEqual(['x']);
    await expect(client.setPermission('/d', '700')).resolves.toBeUndefined();
    expect(await client.delete('/d/x')).toBe(true);
    expect(await client.delete('/d/x')).toBe(false);
  });

  it('gives up on a server that does not answer within the deadline', async () => {
    const silent = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const slow = new WebHdfsClient({ url: `http://127.0.0.1:${port(silent)}`, timeoutMs: 200 });
    const err = await slow.status('/').catch((e: unknown) => e);
    silent.closeAllConnections();
    silent.close();
    expect(err).toBeInstanceOf(WebHdfsError);
    expect((err as Error).message).toMatch(/no answer within/);
  });
});
