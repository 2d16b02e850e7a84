/**
 * The fish completion script. A small walker (`__livy_state`) finds the command path, whether
 * options are still parsed, and how many operands precede the cursor; every `complete` line is
 * conditioned on it.
 */
import type { CompletionSource } from './hints.js';
import type { CliCommand, CliOption } from './model.js';
import { walk } from './model.js';
import { GENERATED_NOTE, summary, valueOptionsBySource } from './shell-common.js';

/** Single-quoted fish word. */
function q(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function pathLabel(command: CliCommand): string {
  return ['livy', ...command.path].join(' ');
}

/** `complete` arguments that complete a value the way `source` says. */
function valueArgs(source: CompletionSource): string {
  if (source === 'files') return '-r -F';
  if (source === 'directories') return "-x -a '(__fish_complete_directories)'";
  if (source === 'none') return '-x';
  if ('choices' in source) return `-x -a ${q(source.choices.join(' '))}`;
  return `-x -a ${q(`(__livy_values ${source.dynamic})`)}`;
}

function optionLine(command: CliCommand, option: CliOption): string {
  const parts = ['complete -c livy', `-n ${q(`__livy_at "${pathLabel(command)}"`)}`];
  for (const flag of option.flags) {
    if (flag.startsWith('--')) parts.push(`-l ${q(flag.slice(2))}`);
    else if (flag.length === 2) parts.push(`-s ${q(flag.slice(1))}`);
    else parts.push(`-o ${q(flag.slice(1))}`);
  }
  if (option.takesValue) parts.push(valueArgs(option.values));
  parts.push(`-d ${q(summary(option.description))}`);
  return parts.join(' ');
}

function commandLines(command: CliCommand): string[] {
  const label = pathLabel(command);
  const lines = [`# ${label}`];
  for (const sub of command.subcommands) {
    lines.push(`complete -c livy -n ${q(`__livy_sub "${label}"`)} -a ${q(sub.name)} -d ${q(summary(sub.description))}`);
  }
  for (const option of command.options) lines.push(optionLine(command, option));
  command.arguments.forEach((argument, index) => {
    const last = argument.variadic || command.external ? '""' : String(index);
    const condition = `__livy_arg "${label}" ${index} ${last}`;
    const source = command.external ? 'files' : argument.values;
    if (source === 'none') return;
    const how = source === 'files' ? '-F' : valueArgs(source).replace(/^-x /, '');
    lines.push(`complete -c livy -n ${q(condition)} ${how}`);
  });
  return lines;
}

function takesValueCases(commands: readonly CliCommand[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    const flags = valueOptionsBySource(command).flatMap(([, f]) => f);
    if (flags.length === 0) continue;
    lines.push(`        case ${flags.map((f) => q(`${pathLabel(command)}|${f}`)).join(' ')}`, '            return 0');
  }
  return lines;
}

function childCases(commands: readonly CliCommand[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    for (const sub of command.subcommands) {
      const spellings = [sub.name, ...sub.aliases].map((n) => q(`${pathLabel(command)}|${n}`));
      lines.push(`        case ${spellings.join(' ')}`, `            echo ${q(sub.name)}`);
    }
  }
  return lines;
}

export function fishCompletion(root: CliCommand): string {
  const commands = walk(root);
  const external = commands.filter((c) => c.external).map((c) => q(pathLabel(c)));
  return `# fish completion for ${root.name}
# ${GENERATED_NOTE}
# Install: save it as ~/.config/fish/completions/${root.name}.fish, or \`${root.name} completion fish | source\`.
# Values only known at run time come from \`${root.name} __complete SOURCE\` (one value a line).

# __livy_child PATH WORD: prints the canonical name of subcommand WORD of PATH; fails if none.
function __livy_child
    switch "$argv[1]|$argv[2]"
${childCases(commands).join('\n')}
        case '*'
            return 1
    end
end

# __livy_takes_value PATH OPTION: succeeds if OPTION of command PATH takes a value.
function __livy_takes_value
    switch "$argv[1]|$argv[2]"
${takesValueCases(commands).join('\n')}
    end
    return 1
end

# __livy_external PATH: succeeds if command PATH parses its own argv (options only before the
# first operand; everything after it is the application's).
function __livy_external
    contains -- "$argv[1]" ${external.join(' ') || "''"}
end

# __livy_state: prints the command path ('livy batches list'), 'opts' or 'rest' (options no
# longer parsed), and how many operands precede the cursor. Cached per command line.
function __livy_state
    set -l line (commandline -pc)
    if test "$line" = "$__livy_state_line"
        printf '%s\\n' $__livy_state_cache
        return
    end
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l path livy
    set -l mode opts
    set -l npos 0
    set -l skip 0
    for w in $tokens
        if test $skip = 1
            set skip 0
            continue
        end
        if test $mode = rest
            set npos (math $npos + 1)
            continue
        end
        if test "$w" = --
            set mode rest
            continue
        end
        if string match -q -- '-?*' "$w"
            if not string match -q -- '*=*' "$w"; and __livy_takes_value "$path" "$w"
                set skip 1
            end
            continue
        end
        set -l child (__livy_child "$path" "$w")
        if test $npos = 0; and test -n "$child"
            set path "$path $child"
            continue
        end
        set npos (math $npos + 1)
        if __livy_external "$path"
            set mode rest
        end
    end
    set -g __livy_state_line $line
    set -g __livy_state_cache $path $mode $npos
    printf '%s\\n' $path $mode $npos
end

# __livy_at PATH: options of PATH apply here.
function __livy_at
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; and test "$state[2]" = opts
end

# __livy_sub PATH: a subcommand of PATH goes here.
function __livy_sub
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; and test "$state[2]" = opts; and test "$state[3]" = 0
end

# __livy_arg PATH FIRST LAST: the operand here is number FIRST..LAST (LAST '' = no limit) of PATH.
function __livy_arg
    set -l state (__livy_state)
    test "$state[1]" = "$argv[1]"; or return 1
    test "$state[3]" -ge "$argv[2]"; or return 1
    test -z "$argv[3]"; or test "$state[3]" -le "$argv[3]"
end

# __livy_values SOURCE: what \`livy __complete SOURCE\` prints.
function __livy_values
    set -l bin (commandline -opc)[1]
    $bin __complete $argv[1] 2>/dev/null
end

complete -c livy -e
complete -c livy -f

${commands.flatMap(commandLines).join('\n')}
`.replace(/complete -c livy/g, `complete -c ${root.name}`);
}
