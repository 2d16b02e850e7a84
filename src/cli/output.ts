import { Chalk, type ChalkInstance } from 'chalk';
import { colorEnabled, interactiveEnabled, type TerminalStream } from './terminal.js';

export type OutputFormat = 'text' | 'json';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json'];

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

  printJson(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A line of data on stdout (text mode). */
  line(text: string): void {
    this.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
  }

  info(message: string): void {
    this.stderr.write(`${message}\n`);
  }

  success(message: string): void {
    this.stderr.write(`${this.style.green('✓')} ${message}\n`);
  }

  warn(message: string): void {
    this.stderr.write(`${this.style.yellow('warning:')} ${message}\n`);
  }

  error(message: string, hint?: string): void {
    this.stderr.write(`${this.style.red.bold('error:')} ${message}\n`);
    if (hint) this.stderr.write(`${this.style.dim('hint:')} ${hint}\n`);
  }

  verbose(message: string): void {
    if (this.verboseEnabled) this.stderr.write(`${this.style.dim(message)}\n`);
  }

  debug(message: string): void {
    if (this.debugEnabled) this.stderr.write(`${this.style.dim(`debug: ${message}`)}\n`);
  }
}
