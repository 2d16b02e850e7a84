import { AdaptiveInterval } from '../../client/adaptive-interval.js';
import { sleep } from '../../client/backoff.js';
import { LivyHttpError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import { LogFollower } from '../../client/log-follower.js';
import { TERMINAL_STATES } from '../../client/schemas.js';
import type { CommandContext } from '../context.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { InterruptedError } from '../report-error.js';

/**
 * `livy sessions logs ID -f`: prints new log lines as they come (aligned by overlap,
 * since Livy's log is a ring buffer) until the session ends or is deleted.
 */
export async function followSessionLog(ctx: CommandContext, client: LivyClient, id: number): Promise<ExitCodeValue> {
  const follower = new LogFollower();
  const interval = new AdaptiveInterval({ minMs: 250, maxMs: 2000, factor: 1.5 });
  try {
    for (;;) {
      let ended = false;
      try {
        const page = await client.sessions.log(id, { from: 0, size: -1, signal: ctx.signal });
        const chunks = follower.update(page.log);
        for (const chunk of chunks) {
          if (chunk.gap) ctx.out.info('… some log lines were lost (Livy keeps only the last lines) …');
          ctx.out.line(chunk.lines.join('\n'));
        }
        if (chunks.length > 0) interval.reset();
        const state = await client.sessions.state(id, { signal: ctx.signal });
        ended = TERMINAL_STATES.has(state.state);
        if (ended) ctx.out.info(`session ${id} is ${state.state}`);
      } catch (error) {
        if (!(error instanceof LivyHttpError && error.status === 404)) throw error;
        ctx.out.info(`session ${id} no longer exists`);
        ended = true;
      }
      if (ended) return ExitCode.Ok;
      await sleep(interval.next(), ctx.signal);
    }
  } catch (error) {
    if (error instanceof InterruptedError) return ExitCode.Ok;
    throw error;
  }
}
