import type { Dispatcher } from 'undici';

const CLOSE_GRACE_MS = 200;

/**
 * Closes a connection pool, giving requests still in flight a moment; then cuts them, so
 * that a server which never answers cannot keep the process alive.
 */
export async function closeOrDestroy(dispatcher: Dispatcher, graceMs = CLOSE_GRACE_MS): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = dispatcher.close().then(
    () => true,
    () => true,
  );
  const graceOver = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)));
  try {
    if (!(await Promise.race([closed, graceOver]))) await dispatcher.destroy().catch(() => undefined);
  } finally {
    clearTimeout(timer);
  }
}
