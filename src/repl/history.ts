import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../text/write-file-atomic.js';

/** Entries kept per kind; older ones are dropped when the file is rewritten. */
const HISTORY_LIMIT = 1000;

/** Where REPL history lives: `$XDG_STATE_HOME/livy-cli`, else `~/.local/state/livy-cli`. */
export function defaultHistoryDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state');
  return join(base, 'livy-cli');
}

/**
 * The history of one kind (`history-pyspark`…), persisted across runs: one JSON string
 * per line, so multi-line statements stay one entry. Never throws on I/O: history is
 * a convenience, not worth stopping a REPL for.
 */
export class History {
  private entries: string[] = [];
  private readonly path: string;

  constructor(
    private readonly dir: string,
    kind: string,
    private readonly limit = HISTORY_LIMIT,
  ) {
    this.path = join(dir, `history-${kind.replace(/[^\w-]/g, '_')}`);
    this.entries = this.load();
  }

  get all(): readonly string[] {
    return this.entries;
  }

  add(entry: string): void {
    if (entry.trim() === '' || this.entries.at(-1) === entry) return;
    this.entries.push(entry);
    try {
      // Code can hold secrets: private to the user, as shells keep their history.
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      if (this.entries.length > this.limit * 1.5) {
        this.entries = this.entries.slice(-this.limit);
        writeFileAtomic(this.path, this.entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 0o600);
      } else appendFileSync(this.path, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
    } catch {
      // A read-only home directory: keep the history in memory only.
    }
  }

  private load(): string[] {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return [];
    }
    const entries: string[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        const value: unknown = JSON.parse(line);
        if (typeof value === 'string') entries.push(value);
      } catch {
        entries.push(line);
      }
    }
    return entries.slice(-this.limit);
  }
}
