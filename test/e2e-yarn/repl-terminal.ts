// `livy repl` in a pseudo-terminal, through util-linux `script` (as bench/repl.mjs drives it): the
// test types keys into it and waits for text on its screen.
import { spawn } from 'node:child_process';
import { LIVY_BIN } from '../e2e/helpers.js';
import { cliEnv } from './yarn-helpers.js';

export interface ReplTerminal {
  /** Writes keys as typed (`\r` is Enter). */
  type(keys: string): void;
  /** Resolves with the first match of `pattern` in what the terminal showed, escapes removed. */
  waitFor(pattern: RegExp, what: string, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Everything the terminal showed so far, escapes removed, lines ending in `\n`. */
  screen(): string;
  /** The REPL's exit code (`script -e` passes it on). */
  exited: Promise<number | null>;
  kill(): void;
}

const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Terminal control sequences (CSI and OSC) and the carriage returns of the terminal's line ends. */
function plain(text: string): string {
  return text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    .replace(/\u001b\][^\u0007]*\u0007/g, '')
    .replace(/\u001b[()][0-9A-Za-z]/g, '')
    .replace(/\r/g, '');
}

export function startReplInTerminal(args: string[]): ReplTerminal {
  const command = [process.execPath, LIVY_BIN, 'repl', ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['-qefc', command, '/dev/null'], {
    env: { ...process.env, ...cliEnv(), NO_COLOR: '1', TERM: 'xterm', COLUMNS: '120', LINES: '40' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let shown = '';
  const waiters = new Set<() => void>();
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    shown += plain(chunk);
    for (const check of [...waiters]) check();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (shown += plain(chunk)));
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => {
      done = true;
      for (const check of [...waiters]) check();
      resolve(code);
    }),
  );

  const waitFor = (pattern: RegExp, what: string, timeoutMs = 600_000): Promise<RegExpExecArray> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`timed out waiting for ${what}`)), timeoutMs);
      const finish = (error?: Error, match?: RegExpExecArray): void => {
        clearTimeout(timer);
        waiters.delete(check);
        if (match) resolve(match);
        else reject(new Error(`${error!.message}; the terminal showed:\n${shown.slice(-4000)}`));
      };
      const check = (): void => {
        const match = pattern.exec(shown);
        if (match) finish(undefined, match);
        else if (done) finish(new Error(`the REPL ended before ${what}`));
      };
      waiters.add(check);
      check();
    });

  return {
    type: (keys) => child.stdin.write(keys),
    waitFor,
    screen: () => shown,
    exited,
    kill: () => child.kill('SIGKILL'),
  };
}
