import { Text } from 'ink';
import { useContext } from 'react';
import type { ReplView } from '../repl/engine.js';
import { ColorsOn, useColor } from './colors.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function seconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)}s`;
}

/** `[██████░░░░] 60%` */
function progressBar(progress: number, width = 20): string {
  const filled = Math.round(Math.max(0, Math.min(1, progress)) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(progress * 100)).padStart(3)}%`;
}

/** What is going on right now: the session starting, or the statement running. */
export function StatusBar({ view, now, tick }: { view: ReplView; now: number; tick: number }) {
  const animated = useContext(ColorsOn);
  const cyan = useColor('cyan');
  const yellow = useColor('yellow');
  const spinner = SPINNER[animated ? tick % SPINNER.length : 0];
  if (view.phase === 'starting') {
    const what = view.sessionId === undefined ? 'starting a session' : `session ${view.sessionId} ${view.sessionState ?? 'starting'}`;
    return (
      <Text color={cyan}>
        {spinner} {what} {seconds(now - view.startedAt)} <Text dimColor>(Ctrl-C gives up)</Text>
      </Text>
    );
  }
  const running = view.running;
  if (!running) return null;
  const id = running.id === undefined ? '' : ` statement ${running.id}`;
  const queued = view.queued > 0 ? ` +${view.queued} queued` : '';
  if (running.cancelling) {
    return (
      <Text color={yellow}>
        {spinner} cancelling{id}… {seconds(now - running.startedAt)}
      </Text>
    );
  }
  return (
    <Text>
      <Text color={cyan}>{progressBar(running.progress)}</Text> {seconds(now - running.startedAt)}
      {id}
      {queued} <Text dimColor>(Ctrl-C cancels)</Text>
    </Text>
  );
}
