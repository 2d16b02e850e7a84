import type { Dispatcher } from 'undici';

const CLOSE_GRACE_MS = 200;

/**
 * Closes a connection pool, giving requests still in flight a moment; then cuts them (through
 * `cut`, and by destroying the pool), so that a server which never answers cannot keep the
 * process alive.
 */
export async function closeOrDestroy(dispatcher: Dispatcher | undefined, cut?: () => void, graceMs = CLOSE_GRACE_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = (dispatcher ? dispatcher.close() : Promise.resolve()).then(
    () => true,
    () => true,
  );
  const graceOver = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  try {
    if (await Promise.race([closed, graceOver])) return;
    cut?.();
    await dispatcher?.destroy().catch(() => undefined);
  } finally {
    clearTimeout(timer);
  }
}
