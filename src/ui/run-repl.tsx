import chalk from 'chalk';
import { render } from 'ink';
import type { ReplEngine } from '../repl/engine.js';
import { ColorsOn } from './colors.js';
import { ReplApp } from './ReplApp.js';

export interface ReplStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

export interface ReplScreenOptions {
  /** Colour and animation (off with NO_COLOR or --no-color). */
  color: boolean;
}

/**
 * Shows the REPL until it quits. Rejects when the first session cannot be started
 * (after the app is gone, so the error prints cleanly).
 */
export async function runReplApp(engine: ReplEngine, streams: ReplStreams, options: ReplScreenOptions): Promise<void> {
  // Ink styles with chalk's shared instance, which in the CLI's bundle detects nothing: the screen
  // is on a terminal, and colours are chosen per element (ColorsOn), so styles stay on.
  chalk.level = 2;
  const screen = (
    <ColorsOn.Provider value={options.color}>
      <ReplApp engine={engine} />
    </ColorsOn.Provider>
  );
  const app = render(screen, {
    stdin: streams.stdin,
    stdout: streams.stdout,
    stderr: streams.stderr,
    exitOnCtrlC: false,
    patchConsole: false,
    maxFps: 60,
  });
  try {
    await engine.start();
  } catch (error) {
    app.clear();
    app.unmount();
    throw error;
  }
  await engine.closed;
  app.unmount();
  await app.waitUntilExit();
}
