/**
 * Follows a Livy log that lives in ring buffers. A batch's `/log` is the
 * concatenation of sections — `stdout: `, its lines, `\nstderr: `, its lines,
 * optionally `\nYARN Diagnostics: ` and YARN's latest diagnostics (replaced, not appended, so a
 * change is shown whole) — the two streams each kept to the last N lines
 * (`livy.cache-log.size`, 200 by default). Offsets shift as the buffers wrap,
 * and new stdout lines appear in the middle of the array, so offsets cannot be
 * trusted: each poll fetches everything Livy kept and aligns each section with
 * what was already seen by the longest overlap.
 */

export type LogStream = 'stdout' | 'stderr' | 'diagnostics' | 'log';

export interface LogChunk {
  stream: LogStream;
  lines: string[];
  /**
   * True when lines were, or may have been, lost before `lines`: the buffer wrapped past
   * everything seen so far between two polls, or it wrapped over repeated lines, which
   * leave it unknowable how many of them came (see `uncertain`).
   */
  gap: boolean;
  /** Set with `gap` when lines may have been lost rather than surely were. */
  uncertain?: boolean;
}

const SECTION_HEADERS: Record<string, LogStream> = {
  'stdout:': 'stdout',
  'stderr:': 'stderr',
  'YARN Diagnostics:': 'diagnostics',
};

/** Splits Livy's log array into its sections, dropping the header lines. */
export function splitLogSections(log: readonly string[]): Map<LogStream, string[]> {
  const sections = new Map<LogStream, string[]>();
  let current: LogStream = 'log';
  for (const line of log) {
    const header = SECTION_HEADERS[line.trim()];
    if (header) {
      current = header;
      if (!sections.has(current)) sections.set(current, []);
      continue;
    }
    let lines = sections.get(current);
    if (!lines) sections.set(current, (lines = []));
    lines.push(line);
  }
  return sections;
}

/**
 * How many leading lines of `current` were already in `seen`: the longest
 * suffix of `seen` that is a prefix of `current`.
 */
export function overlapLength(seen: readonly string[], current: readonly string[]): number {
  return overlapLengths(seen, current)[0] ?? 0;
}

/** Every length by which a suffix of `seen` matches a prefix of `current`, longest first. */
function overlapLengths(seen: readonly string[], current: readonly string[], limit = Infinity): number[] {
  const lengths: number[] = [];
  for (let length = Math.min(seen.length, current.length); length > 0 && lengths.length < limit; length--) {
    if (suffixMatchesPrefix(seen, current, length)) lengths.push(length);
  }
  return lengths;
}

function suffixMatchesPrefix(seen: readonly string[], current: readonly string[], length: number): boolean {
  const start = seen.length - length;
  for (let i = 0; i < length; i++) {
    if (seen[start + i] !== current[i]) return false;
  }
  return true;
}

export class LogFollower {
  private readonly seen = new Map<LogStream, string[]>();

  /**
   * Takes a full log snapshot and returns what is new since the last one,
   * section by section, stdout before stderr.
   */
  update(log: readonly string[]): LogChunk[] {
    const chunks: LogChunk[] = [];
    for (const [stream, current] of splitLogSections(log)) {
      const seen = this.seen.get(stream) ?? [];
      if (stream === 'diagnostics') {
        // Not a ring buffer: YARN's diagnostics of the latest application report, replaced whole.
        this.seen.set(stream, current.slice());
        const unchanged = seen.length === current.length && seen.every((line, i) => line === current[i]);
        const nonBlank = (lines: readonly string[]) => lines.some((line) => line.trim() !== '');
        // Diagnostics that went blank still make a chunk (of no lines): whoever reads them learns they cleared.
        if (!unchanged && (nonBlank(current) || nonBlank(seen)))
          chunks.push({ stream, lines: current.filter((line) => line.trim() !== ''), gap: false });
        continue;
      }
      const [overlap = 0, shorter] = overlapLengths(seen, current, 2);
      const fresh = current.slice(overlap);
      this.seen.set(stream, current.slice());
      if (fresh.length === 0) continue;
      // Nothing of what we saw is left although we had seen lines: the
      // buffer rotated past them, so lines in between are lost.
      if (seen.length > 0 && overlap === 0) {
        chunks.push({ stream, lines: fresh, gap: true });
        continue;
      }
      // A buffer that did not grow is full and wrapping. If the lines kept line up with what
      // was seen in more than one way, repeated lines make the count of new ones unknowable:
      // show the fewest, and say that more may have come.
      const wrapped = current.length <= seen.length;
      if (wrapped && shorter !== undefined) chunks.push({ stream, lines: fresh, gap: true, uncertain: true });
      else chunks.push({ stream, lines: fresh, gap: false });
    }
    return chunks;
  }
}
