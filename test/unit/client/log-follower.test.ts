import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogFollower, overlapLength, splitLogSections } from '../../../src/client/log-follower.js';

/** Livy's batch log: both ring buffers with their header lines. */
function livyLog(stdout: string[], stderr: string[]): string[] {
  return ['stdout: ', ...stdout, '\nstderr: ', ...stderr];
}

/** A ring buffer of `capacity` lines, as Livy keeps per stream. */
function ring(lines: string[], capacity: number): string[] {
  return lines.slice(Math.max(0, lines.length - capacity));
}

describe('splitLogSections', () => {
  it('splits on Livy header lines and drops them', () => {
    const sections = splitLogSections([...livyLog(['a', 'b'], ['c']), '\nYARN Diagnostics: ', 'd']);
    expect(Object.fromEntries(sections)).toEqual({ stdout: ['a', 'b'], stderr: ['c'], diagnostics: ['d'] });
  });

  it('keeps lines before any header as a plain log', () => {
    expect(Object.fromEntries(splitLogSections(['x', 'y']))).toEqual({ log: ['x', 'y'] });
  });
});

describe('overlapLength', () => {
  it.each([
    [[], ['a'], 0],
    [['a', 'b'], ['a', 'b', 'c'], 2],
    [['a', 'b', 'c'], ['b', 'c', 'd'], 2],
    [['a', 'b', 'c'], ['x', 'y'], 0],
    [['a', 'a', 'a'], ['a', 'a', 'a', 'b'], 3],
  ])('%j then %j overlap by %i', (seen, current, expected) => {
    expect(overlapLength(seen, current)).toBe(expected);
  });
});

describe('LogFollower', () => {
  it('emits only new lines, stdout before stderr, when new stdout lines land in the middle', () => {
    const follower = new LogFollower();
    expect(follower.update(livyLog(['o1'], ['e1']))).toEqual([
      { stream: 'stdout', lines: ['o1'], gap: false },
      { stream: 'stderr', lines: ['e1'], gap: false },
    ]);
    expect(follower.update(livyLog(['o1', 'o2'], ['e1', 'e2']))).toEqual([
      { stream: 'stdout', lines: ['o2'], gap: false },
      { stream: 'stderr', lines: ['e2'], gap: false },
    ]);
    expect(follower.update(livyLog(['o1', 'o2'], ['e1', 'e2']))).toEqual([]);
  });

  it('follows a wrapped ring buffer by overlap without a gap', () => {
    const follower = new LogFollower();
    follower.update(livyLog(['1', '2', '3'], []));
    expect(follower.update(livyLog(['3', '4', '5'], []))).toEqual([{ stream: 'stdout', lines: ['4', '5'], gap: false }]);
  });

  it('marks a gap when the buffer rotated past everything seen', () => {
    const follower = new LogFollower();
    follower.update(livyLog(['1', '2', '3'], []));
    expect(follower.update(livyLog(['7', '8', '9'], []))).toEqual([{ stream: 'stdout', lines: ['7', '8', '9'], gap: true }]);
  });

  it('follows identical lines exactly while the buffer grows', () => {
    const follower = new LogFollower();
    const received: string[] = [];
    for (let n = 1; n <= 4; n++) {
      for (const chunk of follower.update(livyLog(Array(n).fill('tick'), []))) {
        expect(chunk.gap).toBe(false);
        received.push(...chunk.lines);
      }
    }
    expect(received).toEqual(['tick', 'tick', 'tick', 'tick']);
  });

  it('marks a possible gap when a full buffer wraps over repeated lines', () => {
    const follower = new LogFollower();
    follower.update(livyLog(['start', 'tick', 'tick'], []));
    // One or many ticks may have come: the buffer keeps three either way.
    expect(follower.update(livyLog(['tick', 'tick', 'tick'], []))).toEqual([
      { stream: 'stdout', lines: ['tick'], gap: true, uncertain: true },
    ]);
  });

  it('reassembles the whole stream exactly when polled often enough (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 6 }).map((s) => `line ${s}`),
          { maxLength: 200 },
        ),
        fc.integer({ min: 3, max: 20 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 200 }),
        (all, capacity, steps) => {
          // Unique lines make the overlap unambiguous, as timestamps do in real logs.
          const lines = all.map((line, i) => `${i}:${line}`);
          const follower = new LogFollower();
          const received: string[] = [];
          let written = 0;
          // Fewer new lines per poll than the buffer holds, so some overlap always remains.
          for (const step of steps.concat(Array(lines.length).fill(1))) {
            written = Math.min(lines.length, written + Math.min(step, capacity - 1));
            for (const chunk of follower.update(livyLog(ring(lines.slice(0, written), capacity), []))) {
              expect(chunk.gap).toBe(false);
              received.push(...chunk.lines);
            }
            if (written === lines.length) break;
          }
          expect(received).toEqual(lines.slice(0, written));
        },
      ),
    );
  });
});

describe('LogFollower and YARN diagnostics', () => {
  const withDiagnostics = (stdout: string[], diagnostics: string[]) => [...livyLog(stdout, []), '\nYARN Diagnostics: ', ...diagnostics];

  it('shows diagnostics whole each time they change, never as lost lines, and not again while unchanged', () => {
    const follower = new LogFollower();
    expect(follower.update(withDiagnostics(['o1'], []))).toEqual([{ stream: 'stdout', lines: ['o1'], gap: false }]);
    expect(follower.update(withDiagnostics(['o1'], ['[t1] waiting']))).toEqual([
      { stream: 'diagnostics', lines: ['[t1] waiting'], gap: false },
    ]);
    expect(follower.update(withDiagnostics(['o1'], ['[t1] waiting']))).toEqual([]);
    expect(follower.update(withDiagnostics(['o1'], ['[t2] launched', 'more']))).toEqual([
      { stream: 'diagnostics', lines: ['[t2] launched', 'more'], gap: false },
    ]);
  });

  it('says when diagnostics went blank, with a chunk of no lines', () => {
    const follower = new LogFollower();
    follower.update(withDiagnostics([], ['[t1] waiting']));
    expect(follower.update(withDiagnostics([], ['']))).toEqual([{ stream: 'diagnostics', lines: [], gap: false }]);
    expect(follower.update(withDiagnostics([], []))).toEqual([]);
  });
});
