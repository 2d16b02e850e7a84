import { describe, expect, it } from 'vitest';
import { rewriteRequest } from '../../../src/staging/rewrite-request.js';

const staged = new Map([
  ['/w/job.py', 's3a://b/stage/h1/job.py'],
  ['/w/ref.csv', 's3a://b/stage/h2/ref.csv'],
  ['/w/mylib', 's3a://b/stage/h3/mylib.zip'],
]);
const nothingLocal = () => false;

describe('rewriteRequest', () => {
  it('puts staged URIs in place of local ones, keeping #alias fragments', () => {
    const out = rewriteRequest(
      {
        file: 'file:///w/job.py',
        files: ['file:///w/ref.csv#data.csv', 'hdfs:///x#x'],
        pyFiles: ['file:///w/mylib'],
        args: ['file:///w/ref.csv'],
      },
      staged,
      nothingLocal,
    );
    expect(out).toEqual({
      file: 's3a://b/stage/h1/job.py',
      files: ['s3a://b/stage/h2/ref.csv#data.csv', 'hdfs:///x#x'],
      pyFiles: ['s3a://b/stage/h3/mylib.zip'],
      // Application arguments are the application's business.
      args: ['file:///w/ref.csv'],
    });
  });

  it('rewrites the file lists in conf and nothing else there', () => {
    const out = rewriteRequest(
      { file: 'hdfs:///j.py', conf: { 'spark.files': 'file:///w/ref.csv#r, hdfs:///y', 'spark.app.note': 'file:///w/ref.csv' } },
      staged,
      nothingLocal,
    );
    expect(out.conf).toEqual({ 'spark.files': 's3a://b/stage/h2/ref.csv#r,hdfs:///y', 'spark.app.note': 'file:///w/ref.csv' });
  });

  it('leaves the given request untouched', () => {
    const request = { file: 'file:///w/job.py' };
    rewriteRequest(request, staged, nothingLocal);
    expect(request.file).toBe('file:///w/job.py');
  });
});
