import type { Argument, Option } from 'commander';

/**
 * How the completion scripts complete the value of an option or a positional argument.
 *
 * - `'files'` / `'directories'`: the shell's own path completion;
 * - `'none'`: nothing (ids, free text);
 * - `{ choices }`: a fixed list, written into the scripts;
 * - `{ dynamic: name }`: values only known at completion time. The scripts run
 *   `livy __complete <name>` and offer its lines; `name` must be a key of
 *   `COMPLETION_SOURCES` in `./sources.ts` (that is where a later command adds, say, `profiles`).
 *
 * Without a hint the generators infer one: commander `.choices()` become `{ choices }`, a
 * placeholder like `<file>`, `<path>` or `FILE` means files, `<dir>` directories, `text|json`
 * choices, anything else `'none'`.
 */
export type CompletionSource = 'files' | 'directories' | 'none' | { readonly choices: readonly string[] } | { readonly dynamic: string };

const hints = new WeakMap<Option | Argument, CompletionSource>();

/**
 * Marks how an option's or argument's value completes, e.g.
 * `completeWith(new Option('--profile <name>'), { dynamic: 'profiles' })`. Returns its target so
 * it can wrap the object passed to `addOption` / `addArgument`. This module is tiny and imports
 * nothing at run time, so command modules may use it without slowing start-up.
 */
export function completeWith<T extends Option | Argument>(target: T, source: CompletionSource): T {
  hints.set(target, source);
  return target;
}

export function completionHintOf(target: Option | Argument): CompletionSource | undefined {
  return hints.get(target);
}
