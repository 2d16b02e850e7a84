import type { Output } from './output.js';

/**
 * A live status line on stderr: an ora spinner on a terminal, nothing at all
 * otherwise (non-terminal output gets only the permanent `note` lines).
 */
export interface StatusLine {
  /** Replaces the spinner's text (terminal only). */
  set(text: string): void;
  /** A permanent line on stderr, in every mode. */
  note(text: string): void;
  /** Writes data without tearing the spinner. */
  write(stream: 'stdout' | 'stderr', text: string): void;
  /** A finished step: a permanent ✓ line on a terminal (the spinner goes on below it), a plain line otherwise. */
  done(text: string): void;
  stop(): void;
}

export async function createStatusLine(out: Output, initialText: string): Promise<StatusLine> {
  if (!out.interactive) {
    return {
      set: () => {},
      note: (text) => out.info(text),
      write: (stream, text) => out.write(stream, text),
      done: (text) => out.info(text),
      stop: () => {},
    };
  }
  const { default: ora } = await import('ora');
  const spinner = ora({
    text: out.safeText(initialText, 'stderr'),
    stream: out.stderr as NodeJS.WritableStream,
    discardStdin: false,
  }).start();
  const around = (write: () => void): void => {
    spinner.clear();
    write();
    spinner.render();
  };
  return {
    set: (text) => {
      spinner.text = out.safeText(text, 'stderr');
    },
    note: (text) => around(() => out.info(text)),
    write: (stream, text) => around(() => out.write(stream, text)),
    done: (text) => {
      spinner.stopAndPersist({ symbol: out.style.green('✓'), text: out.safeText(text, 'stderr') }).start();
    },
    stop: () => spinner.stop(),
  };
}
