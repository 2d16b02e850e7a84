import type { StatementKind } from '../client/requests.js';

/** What meta commands may do: implemented by the REPL engine, mocked in tests. */
export interface MetaContext {
  /** A line (or lines) for the transcript. */
  print(text: string): void;
  printError(text: string): void;
  /** The session's own kind and the kind statements are sent with. */
  readonly sessionKind: string;
  readonly statementKind: StatementKind | undefined;
  setStatementKind(kind: StatementKind): void;
  /** Queues code as one statement. */
  runCode(code: string, kind?: StatementKind): void;
  readFile(path: string): string;
  upload(path: string, what: 'jar' | 'pyfile' | 'file'): Promise<void>;
  info(): Promise<string>;
  logTail(lines: number): Promise<string[]>;
  saveTranscript(path: string): string;
  quit(): void;
}

export interface MetaCommand {
  name: string;
  /** Argument placeholder for help, e.g. `FILE`. */
  args?: string;
  summary: string;
  run(ctx: MetaContext, arg: string): void | Promise<void>;
}

const STATEMENT_KIND_NAMES: readonly StatementKind[] = ['spark', 'scala', 'pyspark', 'python', 'sparkr', 'r', 'sql'];

/** The meta commands, in help order. A line starting with `:` is looked up here. */
const META_COMMANDS: readonly MetaCommand[] = [
  {
    name: 'help',
    summary: 'this list, and the keys',
    run: (ctx) => ctx.print(helpText()),
  },
  {
    name: 'kind',
    args: 'KIND',
    summary: 'send the next statements as KIND (spark|pyspark|sparkr|sql), e.g. SQL in a shared or pyspark session',
    run: (ctx, arg) => {
      if (arg === '') {
        ctx.print(`statements are sent as ${ctx.statementKind ?? ctx.sessionKind} (session kind ${ctx.sessionKind})`);
        return;
      }
      if (!STATEMENT_KIND_NAMES.includes(arg as StatementKind)) {
        ctx.printError(`unknown kind '${arg}': use one of ${STATEMENT_KIND_NAMES.join(', ')}`);
        return;
      }
      ctx.setStatementKind(arg as StatementKind);
      ctx.print(`statements are now sent as ${arg}`);
    },
  },
  {
    name: 'load',
    args: 'FILE',
    summary: 'run a local file as one statement',
    run: (ctx, arg) => {
      if (arg === '') return ctx.printError(':load needs a file name');
      let code: string;
      try {
        code = ctx.readFile(arg);
      } catch (error) {
        return ctx.printError(`cannot read ${arg}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      ctx.runCode(code.trimEnd());
    },
  },
  {
    name: 'upload',
    args: 'FILE',
    summary: 'upload a local file into the session (.jar → classpath, .py/.zip/.egg → Python path, else working dir)',
    run: async (ctx, arg) => {
      if (arg === '') return ctx.printError(':upload needs a file name');
      const what = /\.jar$/i.test(arg) ? 'jar' : /\.(py|zip|egg)$/i.test(arg) ? 'pyfile' : 'file';
      try {
        await ctx.upload(arg, what);
        ctx.print(`uploaded ${arg} (upload-${what})`);
      } catch (error) {
        ctx.printError(`upload of ${arg} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  },
  {
    name: 'info',
    summary: 'session state, application id, Spark UI URL',
    run: async (ctx) => ctx.print(await ctx.info()),
  },
  {
    name: 'log',
    args: '[N]',
    summary: 'the last N lines of the session log (default 30)',
    run: async (ctx, arg) => {
      const lines = /^\d+$/.test(arg) ? Number(arg) : 30;
      const log = await ctx.logTail(lines);
      ctx.print(log.length > 0 ? log.join('\n') : '(the log is empty)');
    },
  },
  {
    name: 'save',
    args: 'FILE',
    summary: 'save the transcript of this REPL to FILE',
    run: (ctx, arg) => {
      if (arg === '') return ctx.printError(':save needs a file name');
      try {
        ctx.print(`transcript saved to ${ctx.saveTranscript(arg)}`);
      } catch (error) {
        ctx.printError(`cannot save ${arg}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    },
  },
  {
    name: 'quit',
    summary: 'leave (also Ctrl-D); the session is deleted unless --keep or --session',
    run: (ctx) => ctx.quit(),
  },
];

/** Aliases people type out of habit. */
const ALIASES: Record<string, string> = { exit: 'quit', q: 'quit', h: 'help', '?': 'help' };

/** `:name arg` → the command and its argument; undefined when the line is code. */
export function parseMetaCommand(line: string): { command: MetaCommand | undefined; name: string; arg: string } | undefined {
  const match = /^:([\w?]+)\s*([\s\S]*)$/.exec(line.trim());
  if (!match) return undefined;
  const name = ALIASES[match[1]!] ?? match[1]!;
  return { command: META_COMMANDS.find((c) => c.name === name), name, arg: match[2]!.trim() };
}

const KEYS_HELP: ReadonlyArray<[string, string]> = [
  ['Enter', 'run the statement (continues the line when a bracket, string or block is open)'],
  ['Alt-Enter / Ctrl-J', 'insert a newline'],
  ['Up / Down', 'history (per kind, kept across runs); move between lines of a multi-line statement'],
  ['Ctrl-R', 'search the history'],
  ['Tab', 'complete (spark and pyspark)'],
  ['Ctrl-C', 'cancel the running statement; clear the input'],
  ['Ctrl-D', 'quit (on an empty prompt)'],
  ['Ctrl-A/E, Ctrl-U/K/W', 'start/end of line, delete to start/end, delete word'],
];

function helpText(): string {
  const width = Math.max(
    ...META_COMMANDS.map((c) => `:${c.name}${c.args ? ` ${c.args}` : ''}`.length),
    ...KEYS_HELP.map(([k]) => k.length),
  );
  const commands = META_COMMANDS.map((c) => `  ${`:${c.name}${c.args ? ` ${c.args}` : ''}`.padEnd(width)}  ${c.summary}`);
  const keys = KEYS_HELP.map(([k, d]) => `  ${k.padEnd(width)}  ${d}`);
  return ['Commands:', ...commands, 'Keys:', ...keys].join('\n');
}
