import { UsageError } from '../errors/cli-error.js';

/**
 * How long a lock left by a process that died may block others: a holder refreshes the lock's
 * time every `STALE_MS / 2`, so a lock older than this is taken over.
 */
const STALE_MS = 10_000;

/**
 * Runs `body` holding an exclusive lock on `file` (a `FILE.lock` directory beside it, made with
 * proper-lockfile: atomic, and taken over once stale). Waiting for another holder is bounded.
 */
export async function withFileLock<T>(file: string, body: () => Promise<T>): Promise<T> {
  const { lock } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    release = await lock(file, {
      realpath: false,
      stale: STALE_MS,
      // Up to about a minute of waiting: enough for dozens of writers queued behind each other
      // on a busy machine, and for a stale lock to age out.
      retries: { retries: 200, factor: 1.3, minTimeout: 5, maxTimeout: 400, randomize: true },
      // A write takes milliseconds; a lock taken over after 10 s without refresh means this
      // process was frozen meanwhile. The default would throw from a timer and crash.
      onCompromised: () => {},
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOCKED') {
      throw new UsageError(
        `another livy is changing ${file} and did not finish in time; nothing was written`,
        `try again; if no livy is running, remove ${file}.lock`,
      );
    }
    throw new UsageError(`cannot lock ${file} for writing: ${code ?? (error as Error).message}; nothing was written`);
  }
  try {
    return await body();
  } finally {
    await release().catch(() => {
      /* already released or taken over: nothing left to undo */
    });
  }
}
