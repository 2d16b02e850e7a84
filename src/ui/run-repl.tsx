import { render } from 'ink';
import type { ReplEngine } from '../repl/engine.js';
import { ReplApp } from './ReplApp.js';

export interface ReplStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/**
 * Shows the REPL until it quits. Rejects when the first session cannot be started
 * (after the app is gone, so the error prints cleanly).
 */
export async function runReplApp(engine: ReplEngine, streams: ReplStreams): Promise<void> {
  const app = render(<ReplApp engine={engine} />, {
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
