import { Chalk, type ChalkInstance } from 'chalk';
import { SecretScrubber } from '../text/secret-scrubber.js';
import { escapeJsonControls, terminalText } from '../text/terminal-text.js';
import { colorEnabled, interactiveEnabled, type TerminalStream } from './terminal.js';
import { OUTPUT_FORMATS } from '../submit/common-options.js';

export { OUTPUT_FORMATS };
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface OutputOptions {
  format: OutputFormat;
  noColor: boolean;
  debug: boolean;
  verbose: boolean;
  stdout: TerminalStream;
  stderr: TerminalStream;
  env: NodeJS.ProcessEnv;
}

/**
 * Where everything a command says goes. Results go to stdout and nothing else
 * does; progress, warnings, errors and colour go to stderr.
 *
 * Everything written through it is made safe: known secrets are scrubbed from text and JSON
 * alike, and text loses every control sequence except the colours this CLI adds itself (none
 * at all where colour is off). JSON stays exact: its escaping covers control characters.
 */
export class Output {
  readonly format: OutputFormat;
  readonly debugEnabled: boolean;
  readonly verboseEnabled: boolean;
  /** Colours for stderr. */
  readonly style: ChalkInstance;
  /** Colours for stdout (only in text mode on a terminal). */
  readonly dataStyle: ChalkInstance;
  /** Whether stderr is a terminal that gets spinners and live lines. */
  readonly interactive: boolean;
  readonly stdout: TerminalStream;
  readonly stderr: TerminalStream;
  /** The secret values of this run, scrubbed from all output (see `protectSecrets`). */
  private readonly secrets = new SecretScrubber();

  constructor(options: OutputOptions) {
    this.format = options.format;
    this.debugEnabled = options.debug;
    this.verboseEnabled = options.verbose || options.debug;
    this.stdout = options.stdout;
    this.stderr = options.stderr;
    this.style = new Chalk({ level: colorEnabled(options.stderr, options.env, options.noColor) ? 2 : 0 });
    const dataColor = options.format === 'text' && colorEnabled(options.stdout, options.env, options.noColor);
    this.dataStyle = new Chalk({ level: dataColor ? 2 : 0 });
    this.interactive = interactiveEnabled(options.stderr, options.env, options.noColor);
  }

  get json(): boolean {
    return this.format === 'json';
  }

  /** A command's result: the JSON document in json mode, otherwise the text `render` gives. */
  result(value: unknown, render: () => string): void {
    if (this.json) this.printJson(value);
    else this.line(render());
  }

  /** Registers secret values (tokens, passwords, credential forms) never to be shown. */
  protectSecrets(values: readonly (string | undefined)[]): void {
    this.secrets.add(...values);
  }

  /** Text as it may reach `stream`: secrets scrubbed, control sequences removed. */
  safeText(text: string, stream: 'stdout' | 'stderr'): string {
    const keepColor = (stream === 'stdout' ? this.dataStyle : this.style).level > 0;
    // Scrubbed again after stripping: control characters inside an echoed secret must not shield it.
    return this.secrets.scrub(terminalText(this.secrets.scrub(text), { keepColor }));
  }

  printJson(value: unknown): void {
    this.stdout.write(`${escapeJsonControls(JSON.stringify(this.secrets.scrubValue(value), null, 2))}\n`);
  }

  /** Raw text for a stream (e.g. log lines between spinner frames), made safe like every line. */
  write(stream: 'stdout' | 'stderr', text: string): void {
    (stream === 'stdout' ? this.stdout : this.stderr).write(this.safeText(text, stream));
  }

  /** A line of data on stdout (text mode). */
  line(text: string): void {
    const safe = this.safeText(text, 'stdout');
    this.stdout.write(safe.endsWith('\n') || safe === '' ? safe : `${safe}\n`);
  }

  info(message: string): void {
    this.stderr.write(`${this.safeText(message, 'stderr')}\n`);
  }

  success(message: string): void {
    this.stderr.write(`${this.style.green('✓')} ${this.safeText(message, 'stderr')}\n`);
  }

  warn(message: string): void {
    this.stderr.write(`${this.style.yellow('warning:')} ${this.safeText(message, 'stderr')}\n`);
  }

  error(message: string, hint?: string): void {
    this.stderr.write(`${this.style.red.bold('error:')} ${this.safeText(message, 'stderr')}\n`);
    if (hint) this.stderr.write(`${this.style.dim('hint:')} ${this.safeText(hint, 'stderr')}\n`);
  }

  verbose(message: string): void {
    if (this.verboseEnabled) this.stderr.write(`${this.style.dim(this.safeText(message, 'stderr'))}\n`);
  }

  debug(message: string): void {
    if (this.debugEnabled) this.stderr.write(`${this.style.dim(`debug: ${this.safeText(message, 'stderr')}`)}\n`);
  }
}
