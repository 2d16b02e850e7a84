import type { Command } from 'commander';
import { action, leaf } from '../command-kit.js';
import { UsageError } from '../../errors/cli-error.js';
import { ExitCode } from '../../errors/exit-codes.js';
import { completeWith } from '../generate/hints.js';

const SHELLS = ['bash', 'zsh', 'fish'] as const;
type Shell = (typeof SHELLS)[number];

function isShell(value: string): value is Shell {
  return (SHELLS as readonly string[]).includes(value);
}

function rootOf(command: Command): Command {
  let current = command;
  while (current.parent) current = current.parent;
  return current;
}

/**
 * `livy completion bash|zsh|fish` prints the completion script (the same bytes as the files under
 * completions/), and the hidden `livy __complete SOURCE` prints the values the scripts ask for at
 * completion time, one a line (sources: src/cli/generate/sources.ts).
 */
export function registerCompletion(program: Command): void {
  const completion = leaf(program, 'completion <shell>', 'print the shell completion script for bash, zsh or fish');
  completeWith(completion.registeredArguments[0]!, { choices: SHELLS });
  completion
    .addHelpText(
      'after',
      [
        '',
        'Install:',
        '  bash  livy completion bash > ~/.local/share/bash-completion/completions/livy',
        '  zsh   livy completion zsh > "${fpath[1]}/_livy"   (a directory of $fpath; then restart zsh)',
        '  fish  livy completion fish > ~/.config/fish/completions/livy.fish',
      ].join('\n'),
    )
    .action(
      action(async (ctx, _options, [shell]) => {
        if (!isShell(shell!)) {
          throw new UsageError(`unknown shell '${shell}': livy completion supports bash, zsh and fish`);
        }
        const { completionScript } = await import('../generate/index.js');
        const script = await completionScript(shell, rootOf(completion));
        ctx.out.result({ shell, script }, () => script);
      }),
    );

  program
    .command('__complete <source>', { hidden: true })
    .description('print the values of a completion source, one a line (used by the completion scripts)')
    .helpOption(false)
    .action(
      action(async (ctx, _options, [source]) => {
        const { COMPLETION_SOURCES, completionSourceNames } = await import('../generate/sources.js');
        const load = Object.hasOwn(COMPLETION_SOURCES, source!) ? COMPLETION_SOURCES[source!] : undefined;
        if (!load) {
          throw new UsageError(`unknown completion source '${source}'`, `known sources: ${completionSourceNames().join(', ')}`);
        }
        const values = await load(ctx.env);
        ctx.out.line(values.length > 0 ? `${values.join('\n')}\n` : '');
        return ExitCode.Ok;
      }),
    );
}
