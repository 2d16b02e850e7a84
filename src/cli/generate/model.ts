/**
 * The commander tree reduced to what completion scripts and the man page need. Every generator
 * reads this model, never commander itself, so all of them agree on names, aliases, options and
 * how values complete.
 */
import type { Argument, Command, Option } from 'commander';
import { externalOptionsOf, type ExternalOption } from '../command-kit.js';
import { completionHintOf, type CompletionSource } from './hints.js';
import { externalOptionDetails } from './submit-groups.js';

export interface CliOption {
  /** Every spelling, short first: `['-o', '--output']`. */
  readonly flags: readonly string[];
  readonly takesValue: boolean;
  /** `[value]` rather than `<value>`. */
  readonly optionalValue: boolean;
  /** The value's placeholder without brackets (`url`, `MEM`). */
  readonly metavar?: string;
  readonly description: string;
  readonly values: CompletionSource;
  /** Heading the man page lists the option under (external options only). */
  readonly group?: string;
  /** A second paragraph for the man page. */
  readonly note?: string;
}

export interface CliArgument {
  readonly name: string;
  readonly required: boolean;
  readonly variadic: boolean;
  readonly description: string;
  readonly values: CompletionSource;
}

export interface CliCommand {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Canonical names from the root, without the program name: `['batches', 'list']`; `[]` for the root. */
  readonly path: readonly string[];
  readonly description: string;
  /** commander's usage after the command path: `[options] <id>`. */
  readonly usage: string;
  readonly options: readonly CliOption[];
  readonly arguments: readonly CliArgument[];
  readonly subcommands: readonly CliCommand[];
  /**
   * The command parses its own argv (`livy submit`): options only before the first operand,
   * everything after it goes to the application verbatim and completes as files.
   */
  readonly external: boolean;
  /** commander's implicit `help [command]`. */
  readonly implicitHelp: boolean;
}

interface CommandInternals {
  _hidden?: boolean;
}

function isHidden(command: Command): boolean {
  return (command as unknown as CommandInternals)._hidden === true;
}

/**
 * Infers how a value completes from its placeholder when the command gave no hint. `a|b` lists
 * choices only in external options' metavars (`text|json`); commander placeholders like
 * `<id|name>` name what goes there, and commander options declare choices with `.choices()`.
 */
function inferValues(metavar: string | undefined, { choicesInMetavar = false } = {}): CompletionSource {
  if (!metavar) return 'none';
  if (choicesInMetavar && /^[a-z0-9-]+(\|[a-z0-9-]+)+$/.test(metavar)) return { choices: metavar.split('|') };
  if (/dir(ectory)?$/i.test(metavar)) return 'directories';
  if (/(^|[^a-z])(file|files|path|jars?|archives?|keytab)$/i.test(metavar)) return 'files';
  return 'none';
}

function metavarOf(flags: string): string | undefined {
  return /[<[]([^>\]]+)[>\]]/.exec(flags)?.[1]?.replace(/\.\.\.$/, '');
}

function optionModel(option: Option): CliOption {
  const takesValue = option.required || option.optional;
  const metavar = takesValue ? metavarOf(option.flags) : undefined;
  const hint = completionHintOf(option);
  const values: CompletionSource =
    hint ?? (!takesValue ? 'none' : option.argChoices ? { choices: option.argChoices } : inferValues(metavar));
  return {
    flags: [option.short, option.long].filter((f): f is string => Boolean(f)),
    takesValue,
    optionalValue: option.optional,
    metavar,
    description: option.description + (option.argChoices ? ` (${option.argChoices.join(', ')})` : ''),
    values,
  };
}

function argumentModel(argument: Argument): CliArgument {
  const hint = completionHintOf(argument);
  const name = argument.name();
  return {
    name,
    required: argument.required,
    variadic: argument.variadic,
    description: argument.description,
    values: hint ?? (argument.argChoices ? { choices: argument.argChoices } : inferValues(name)),
  };
}

function externalModel(option: ExternalOption): CliOption {
  const details = externalOptionDetails(option.flags);
  return {
    flags: [...option.flags.filter((f) => !f.startsWith('--')), ...option.flags.filter((f) => f.startsWith('--'))],
    takesValue: option.takesValue,
    optionalValue: false,
    metavar: option.takesValue ? (option.metavar ?? 'VALUE') : undefined,
    description: option.description,
    values: option.takesValue ? inferValues(option.metavar, { choicesInMetavar: true }) : 'none',
    group: details?.group,
    note: details?.note,
  };
}

/** The model of `command` and everything under it. Hidden commands and options are left out. */
export async function buildModel(command: Command, path: readonly string[] = []): Promise<CliCommand> {
  const help = command.createHelp();
  const external = await externalOptionsOf(command);
  const isExternal = external.length > 0;
  const options = [...help.visibleOptions(command).map(optionModel), ...external.map(externalModel)];
  const subcommands: CliCommand[] = [];
  for (const sub of help.visibleCommands(command)) {
    if (isHidden(sub)) continue;
    const implicitHelp = sub !== command.commands.find((c) => c === sub);
    if (implicitHelp) {
      const siblings = command.commands.filter((c) => !isHidden(c)).map((c) => c.name());
      subcommands.push({
        name: sub.name(),
        aliases: [],
        path: [...path, sub.name()],
        description: sub.description(),
        usage: '[command]',
        options: [],
        arguments: [{ name: 'command', required: false, variadic: false, description: '', values: { choices: siblings } }],
        subcommands: [],
        external: false,
        implicitHelp: true,
      });
      continue;
    }
    subcommands.push(await buildModel(sub, [...path, sub.name()]));
  }
  return {
    name: command.name(),
    aliases: command.aliases(),
    path,
    description: command.description(),
    usage: command.usage(),
    options,
    arguments: command.registeredArguments.map((argument) =>
      isExternal ? { ...argumentModel(argument), values: 'files' as const } : argumentModel(argument),
    ),
    subcommands,
    external: isExternal,
    implicitHelp: false,
  };
}

/** Every command of the model, depth first, root included. */
export function walk(command: CliCommand): CliCommand[] {
  return [command, ...command.subcommands.flatMap(walk)];
}

/** Commands that run something (no subcommands), without the implicit help commands. */
export function leaves(root: CliCommand): CliCommand[] {
  return walk(root).filter((c) => c.subcommands.length === 0 && !c.implicitHelp && c.path.length > 0);
}
