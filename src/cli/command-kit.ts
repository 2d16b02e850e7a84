import { type Command, Option } from 'commander';
import type { CommonOptions } from './context.js';
import { UsageError } from '../errors/cli-error.js';
import { completeWith } from './generate/hints.js';
import { runHandler, type Handler, type Invocation } from './invocation.js';
import { commonOptions, type CommonOption } from '../submit/common-options.js';
import type { DeclaredOption } from '../submit/declared-option.js';

export type { Handler, Invocation } from './invocation.js';

const invocations = new WeakMap<Command, Invocation>();

export function attachInvocation(program: Command, invocation: Invocation): void {
  invocations.set(program, invocation);
}

function rootOf(command: Command): Command {
  let current = command;
  while (current.parent) current = current.parent;
  return current;
}

/** Commander's accumulator for repeatable options: appends in place, so n repeats cost O(n), not O(n²). */
export function collect(value: string, previous: string[] | undefined): string[] {
  const list = previous ?? [];
  list.push(value);
  return list;
}

/** Options every command accepts, after its own name or before it. */
export function addCommonOptions(command: Command): Command {
  return addOutputOptions(addTargetOptions(command));
}

/** Which server, and how to reach it. Precedence: these flags > LIVY_* variables > the profile > defaults. */
function addTargetOptions(command: Command): Command {
  return addCommonGroup(command, 'target');
}

/** How results and messages are shown. */
export function addOutputOptions(command: Command): Command {
  return addCommonGroup(command, 'output');
}

/** Where local files are staged (`stage ls`, `stage gc`). */
export function addStageDirOptions(command: Command): Command {
  return addCommonGroup(command, 'staging');
}

function addCommonGroup(command: Command, group: CommonOption['group']): Command {
  for (const spec of commonOptions(group)) {
    const option = optionFrom(spec);
    command.addOption(spec.completion ? completeWith(option, { dynamic: spec.completion }) : option);
  }
  return command;
}

/** Adds the options of a table to a command, in the table's order. */
export function addDeclaredOptions(command: Command, specs: readonly DeclaredOption[]): Command {
  for (const spec of specs) command.addOption(optionFrom(spec));
  return command;
}

/** The commander option of a table's entry: a repeatable one collects its values into a list. */
export function optionFrom(spec: DeclaredOption): Option {
  const flags = `${spec.short ? `${spec.short}, ` : ''}${spec.long}${spec.arg ? ` <${spec.arg}>` : ''}`;
  const option = new Option(flags, spec.help);
  if (spec.choices) option.choices(spec.choices as string[]);
  if (spec.repeatable) option.argParser(collect);
  return option;
}

/** A subcommand with the common options. */
export function leaf(parent: Command, nameAndArgs: string, description: string): Command {
  return addCommonOptions(parent.command(nameAndArgs).description(description));
}

export interface ActionSettings {
  /** For commands that parse their own arguments: reads the common options from them. */
  commonOptions?: (operands: string[]) => Promise<CommonOptions>;
}

/** Wraps a handler into a commander action that records its exit code. */
export function action<O>(handler: Handler<O>, settings: ActionSettings = {}): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command;
    const invocation = invocations.get(rootOf(command));
    if (!invocation) throw new Error('command run outside main()');
    const options = givenOptions(command) as O & CommonOptions;
    const common = settings.commonOptions ? { ...options, ...(await settings.commonOptions(command.args)) } : options;
    await runHandler(invocation, common, options, command.args, handler);
  };
}

/**
 * The options of `command` and its ancestors, as commander merges them (an ancestor's value over
 * the command's) — except that a default never hides a value given on the command line: the
 * program's default `color: true` must not undo a `--no-color` given after the command's name.
 */
export function givenOptions(command: Command): Record<string, unknown> {
  const merged = command.optsWithGlobals();
  const chain: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) chain.unshift(current);
  for (const key of Object.keys(merged)) {
    if (command.getOptionValueSourceWithGlobals(key) !== 'default') continue;
    const given = chain.find((c) => ![undefined, 'default'].includes(c.getOptionValueSource(key)));
    if (given) merged[key] = given.getOptionValue(key);
  }
  return merged;
}

/** Parses a non-negative or positive integer option value; the default maximum is Livy's (a Java int). */
export function intOption(flag: string, { min = 0, max = 2_147_483_647 } = {}): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < min) {
      throw new UsageError(`${flag} must be an integer ≥ ${min}, got '${value}'`);
    }
    if (Number(value) > max) throw new UsageError(`${flag} must be at most ${max}, got '${value}'`);
    return Number(value);
  };
}

/** A batch or session reference: numeric id or name (digits too many for an id stay text, for the client to refuse as typed). */
export function parseRef(value: string): number | string {
  return /^\d{1,10}$/.test(value) ? Number(value) : value;
}

/** An option a command parses itself, described for help, completion and the man page. */
export interface ExternalOption {
  flags: readonly string[];
  takesValue: boolean;
  metavar?: string;
  description: string;
}

const externalOptions = new WeakMap<Command, () => Promise<readonly ExternalOption[]>>();

/** Declares the options of a command that does its own parsing (`livy submit`). */
export function attachExternalOptions(command: Command, load: () => Promise<readonly ExternalOption[]>): void {
  externalOptions.set(command, load);
}

export async function externalOptionsOf(command: Command): Promise<readonly ExternalOption[]> {
  return (await externalOptions.get(command)?.()) ?? [];
}
