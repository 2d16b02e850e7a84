import { describe, expect, it } from 'vitest';
import { parseStageDir } from '../../../src/staging/stage-dir.js';
import { objectsOlderThan, stagedObjects } from '../../../src/staging/staged-objects.js';

const dir = parseStageDir('s3a://b/stage', 'x');
const HASH = 'a'.repeat(64);
const at = (iso: string) => new Date(iso);

describe('stagedObjects', () => {
  it('keeps only <stage dir>/<sha256>/<name> objects', () => {
    const objects = [
      { uri: `s3a://b/stage/${HASH}/job.py`, bytes: 1 },
      { uri: 's3a://b/stage/notes/readme.txt', bytes: 1 },
      { uri: `s3a://b/stage/${HASH}/deep/x.py`, bytes: 1 },
      { uri: `s3a://b/stage-other/${HASH}/job.py`, bytes: 1 },
    ];
    expect(stagedObjects(objects, dir).map((o) => o.uri)).toEqual([`s3a://b/stage/${HASH}/job.py`]);
  });
});

describe('objectsOlderThan', () => {
  it('selects what was written before the cutoff and keeps objects without a date', () => {
    const objects = [
      { uri: 'old', bytes: 1, modified: at('2026-01-01T00:00:00Z') },
      { uri: 'new', bytes: 1, modified: at('2026-03-01T00:00:00Z') },
      { uri: 'undated', bytes: 1 },
    ];
    expect(objectsOlderThan(objects, at('2026-02-01T00:00:00Z')).map((o) => o.uri)).toEqual(['old']);
  });
});
