import { Command } from 'commander';
import { addCommonOptions } from './command-kit.js';
import { registerCommands } from './commands/index.js';
import type { Io } from './context.js';
import { terminalText } from '../text/terminal-text.js';
import { colorEnabled } from './terminal.js';
import { VERSION } from './version.js';

export { VERSION };

/** The whole command tree. Building it loads no command implementation. */
export function buildProgram(io?: Io): Command {
  const program = new Command('livy')
    .description('spark-submit for Apache Livy: run Spark batches and interactive sessions through a Livy server')
    .version(VERSION, '-V, --version', "print this CLI's version (livy submit --version adds the server's)")
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  addCommonOptions(program);
  if (io) {
    program.configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // The message quotes what the user typed, which may hold escape sequences.
      outputError: (raw, write) => {
        const text = terminalText(raw);
        write(colorEnabled(io.stderr, io.env, false) ? `\u001b[31m${text}\u001b[39m` : text);
      },
    });
  }
  registerCommands(program);
  // Subcommands inherit output, exit and help settings from the program at creation.
  return program;
}
