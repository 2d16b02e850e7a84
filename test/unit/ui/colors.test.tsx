import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplView } from '../../../src/repl/engine.js';
import { ColorsOn } from '../../../src/ui/colors.js';
import { PromptInput } from '../../../src/ui/PromptInput.js';
import { StatusBar } from '../../../src/ui/StatusBar.js';

// Ink styles text with chalk's shared instance, which sees no terminal under the test runner:
// raise its level so that the colours the screen asks for show up in the frames.
const level = chalk.level;
beforeAll(() => void (chalk.level = 2));
afterAll(() => void (chalk.level = level));

const FOREGROUND = /\u001b\[3[0-7]m/;
const INVERSE = '\u001b[7m';

const starting: ReplView = {
  phase: 'starting',
  sessionId: 3,
  sessionKind: 'pyspark',
  sessionState: 'starting',
  statementKind: undefined,
  startedAt: 0,
  running: undefined,
  queued: 0,
  notice: undefined,
};

function screen(colors: boolean, tick: number): string {
  const app = render(
    <ColorsOn.Provider value={colors}>
      <StatusBar view={starting} now={1500} tick={tick} />
      <PromptInput prompt="pyspark:3> " editor={{ text: '1+1', cursor: 3, historyIndex: undefined, draft: '' }} active />
    </ColorsOn.Provider>,
  );
  const frame = app.lastFrame() ?? '';
  app.unmount();
  return frame;
}

describe('the REPL screen with colours off (NO_COLOR, --no-color)', () => {
  it('uses colour when it is on', () => {
    expect(screen(true, 0)).toMatch(FOREGROUND);
  });

  it('sets no foreground colour but keeps the inverse-video cursor', () => {
    const frame = screen(false, 0);
    expect(frame).not.toMatch(FOREGROUND);
    expect(frame).toContain(INVERSE);
  });

  it('keeps the spinner still', () => {
    expect(screen(false, 3)).toBe(screen(false, 0));
    expect(screen(true, 3)).not.toBe(screen(true, 0));
  });
});
