import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReplEngine, ReplView } from '../repl/engine.js';

/** The engine's current view; re-renders on every change. */
export function useReplView(engine: ReplEngine): ReplView {
  return useSyncExternalStore(
    (listener) => engine.subscribe(listener),
    () => engine.view,
  );
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
