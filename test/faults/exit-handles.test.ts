// A command that is done must end at once: nothing (a keep-alive socket, a timer) may keep the
// process alive after its last output. The built binary reports, when asked through
// LIVY_DEBUG_HANDLES=1, what is still active once the command returned.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLivy, type Finished } from './support/livy-process.js';
import { SessionFaultsServer } from './support/session-faults-server.js';
import { useFaultLivy } from './support/use-fault-livy.js';

/** What was still active after the command, but for the pipes to the test (its stdout and stderr). */
function lingering(run: Finished): string[] {
  const line = run.stderr.split('\n').find((text) => text.startsWith('livy-debug-handles '));
  expect(line, 'the binary reports its handles').toBeDefined();
  const resources = JSON.parse(line!.slice('livy-debug-handles '.length)) as string[];
  const pipes = resources.filter((name) => name === 'PipeWrap');
  expect(pipes.length).toBeLessThanOrEqual(2);
  return resources.filter((name) => name !== 'PipeWrap');
}

const debugHandles = { LIVY_DEBUG_HANDLES: '1' };

describe('nothing is left running when a command is done', () => {
  const faultLivy = useFaultLivy();

  it('livy submit, after the batch succeeded', async () => {
    const fake = faultLivy();
    fake.script = ['running', 'success'];
    const run = await runLivy(['submit', '--url', fake.url, '/jobs/pi.py'], debugHandles);
    expect(run.code).toBe(0);
    expect(lingering(run)).toEqual([]);
  });

  describe('livy run --session', () => {
    let sessions: SessionFaultsServer;
    beforeEach(async () => {
      sessions = await new SessionFaultsServer().start();
    });
    afterEach(async () => {
      await sessions.stop();
    });

    it('after the statement printed its result', async () => {
      sessions.addSession(null);
      const run = await runLivy(['run', '--url', sessions.url, '--session', '0', '-e', '1+1'], debugHandles);
      expect(run.code).toBe(0);
      expect(lingering(run)).toEqual([]);
    });
  });
});
