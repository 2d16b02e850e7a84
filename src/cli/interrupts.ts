import { ExitCode } from '../errors/exit-codes.js';
import { InterruptedError } from '../errors/cli-error.js';

/** The signals that end a command: Ctrl-C, `kill`, and a closed terminal. */
const HANDLED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * How signals reach a command. The first Ctrl-C aborts `signal` (stop politely: cancel the
 * running statement, detach from a batch); SIGTERM, SIGHUP or a second Ctrl-C also abort
 * `stop` (stop now). A further signal ends the process at once — unless a command holds the
 * exit because it still has something of the user's to clean up, in which case the second
 * signal only aborts `stop` and the third one ends the process.
 */
export class Interrupts {
  private readonly first = new AbortController();
  private readonly urgent = new AbortController();
  private readonly holds = new Set<() => void>();

  constructor(private readonly exit: (code: number) => void = (code) => process.exit(code)) {}

  /** Aborted by the first signal, with an `InterruptedError`. */
  get signal(): AbortSignal {
    return this.first.signal;
  }

  /** Aborted by SIGTERM, SIGHUP, or a second Ctrl-C. */
  get stop(): AbortSignal {
    return this.urgent.signal;
  }

  /** Starts handling the signals of this process; returns the function that stops it. */
  listen(): () => void {
    const handlers = HANDLED_SIGNALS.map((name) => {
      const handler = (): void => {
        // The terminal is gone: writing to it fails (EIO), which must not end the process before it cleans up.
        if (name === 'SIGHUP') for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
        this.receive(name);
      };
      process.on(name, handler);
      return [name, handler] as const;
    });
    return () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    };
  }

  receive(name: NodeJS.Signals): void {
    const reason = new InterruptedError(name);
    if (!this.first.signal.aborted) {
      this.first.abort(reason);
      if (name !== 'SIGINT') this.urgent.abort(reason);
      return;
    }
    if (this.holds.size > 0 && !this.urgent.signal.aborted) {
      this.urgent.abort(reason);
      return;
    }
    for (const onForcedExit of this.holds) onForcedExit();
    this.exit(ExitCode.Interrupted);
  }

  /**
   * Keeps a second signal from ending the process while the caller cleans up; `onForcedExit`
   * runs if a further signal ends it anyway (to say what was left behind). Returns the release.
   */
  holdExit(onForcedExit: () => void = () => {}): () => void {
    const hold = (): void => onForcedExit();
    this.holds.add(hold);
    return () => void this.holds.delete(hold);
  }
}
