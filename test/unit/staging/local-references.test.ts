import { describe, expect, it } from 'vitest';
import { findLocalReferences, localPathOf } from '../../../src/staging/local-references.js';

const existing = new Set(['/home/me/app.jar']);
const exists = (path: string) => existing.has(path);

describe('localPathOf', () => {
  it('reads a file: URI and keeps its #alias', () => {
    expect(localPathOf('file:///tmp/w/ref.csv#ref.csv', exists)).toEqual({ path: '/tmp/w/ref.csv', alias: '#ref.csv' });
  });

  it('takes an absolute path that exists on this machine', () => {
    expect(localPathOf('/home/me/app.jar', exists)).toEqual({ path: '/home/me/app.jar', alias: '' });
  });

  it('leaves an absolute path that is not here to the cluster filesystem', () => {
    expect(localPathOf('/user/me/app.jar', exists)).toBeUndefined();
  });

  it.each(['hdfs:///libs/a.jar', 's3a://b/k.py', 'local:/opt/x.jar', 'https://h/x.jar'])('leaves %s alone', (value) => {
    expect(localPathOf(value, exists)).toBeUndefined();
  });
});

describe('findLocalReferences', () => {
  it('finds the application file, every list field and the conf file lists, in order', () => {
    const found = findLocalReferences(
      {
        file: 'file:///w/job.py',
        pyFiles: ['file:///w/mylib', 'hdfs:///libs/x.zip'],
        files: ['file:///w/ref.csv#ref.csv'],
        jars: ['/home/me/app.jar'],
        conf: { 'spark.files': 'hdfs:///a.txt, file:///w/extra.txt', 'spark.executor.memory': '2g' },
      },
      exists,
    );
    expect(found.map((r) => [r.where.field, r.where.confKey, r.path, r.alias])).toEqual([
      ['file', undefined, '/w/job.py', ''],
      ['jars', undefined, '/home/me/app.jar', ''],
      ['pyFiles', undefined, '/w/mylib', ''],
      ['files', undefined, '/w/ref.csv', '#ref.csv'],
      ['files', 'spark.files', '/w/extra.txt', ''],
    ]);
  });

  it('finds nothing in a request of cluster URIs', () => {
    expect(findLocalReferences({ file: 'hdfs:///jobs/main.py', files: ['s3a://b/c#c'] }, exists)).toEqual([]);
  });
});
