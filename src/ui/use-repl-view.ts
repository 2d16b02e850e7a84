import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReplEngine, ReplView } from '../repl/engine.js';

/**
 * The engine's current view; re-renders once after any number of changes made in one turn of the
 * event loop. Ink draws synchronously on each change, which would hold back the request the
 * engine is about to send (a statement's POST, its first GET) by a whole render.
 */
export function useReplView(engine: ReplEngine): ReplView {
  const subscribe = useCallback(
    (listener: () => void) => {
      let pending: NodeJS.Immediate | undefined;
      const unsubscribe = engine.subscribe(() => {
        pending ??= setImmediate(() => {
          pending = undefined;
          listener();
        });
      });
      return () => {
        if (pending) clearImmediate(pending);
        unsubscribe();
      };
    },
    [engine],
  );
  return useSyncExternalStore(subscribe, () => engine.view);
}

/** Re-renders every `ms` while `active`, for elapsed-time displays. */
export function useTicker(active: boolean, ms = 250): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(timer);
  }, [active, ms]);
  return tick;
}
