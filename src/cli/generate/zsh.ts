/**
 * The zsh completion script: one `_arguments` function per command, subcommands dispatched
 * through `->command` / `->args` states, as zsh's own completion functions do it.
 */
import type { CompletionSource } from './hints.js';
import type { CliArgument, CliCommand, CliOption } from './model.js';
import { walk } from './model.js';
import { GENERATED_NOTE, summary } from './shell-common.js';

/** Single-quoted zsh word. */
function q(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Text inside an `_arguments` `[explanation]`. */
function explanation(text: string): string {
  return summary(text).replace(/\\/g, '\\\\').replace(/\[/g, '\\[').replace(/\]/g, '\\]');
}

/** A message field of an `_arguments` spec (between colons). */
function message(text: string): string {
  return (
    text
      .replace(/[:\\[\]()]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'value'
  );
}

function action(source: CompletionSource): string {
  if (source === 'files') return '_files';
  if (source === 'directories') return '_files -/';
  if (source === 'none') return ' ';
  if ('choices' in source) return `(${source.choices.map((c) => c.replace(/([\\ ()'":])/g, '\\$1')).join(' ')})`;
  return `__livy_values ${source.dynamic}`;
}

function functionName(command: CliCommand): string {
  return ['_livy', ...command.path].join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

function optionSpec(option: CliOption): string {
  const exclusive = option.flags.length > 1 ? `(${option.flags.join(' ')})` : '';
  const desc = `[${explanation(option.description)}]`;
  if (!option.takesValue) {
    const prefix = q(exclusive);
    return option.flags.length > 1 ? `${prefix}{${option.flags.join(',')}}${q(desc)}` : q(`${option.flags[0]}${desc}`);
  }
  // Value options may be repeated (later ones win, or they accumulate).
  const spellings = option.flags.map((f) => (f.startsWith('--') ? `${f}=` : `${f}+`));
  const colon = option.optionalValue ? '::' : ':';
  const rest = `${desc}${colon}${message(option.metavar ?? 'value')}:${action(option.values)}`;
  return option.flags.length > 1 ? `'*'{${spellings.join(',')}}${q(rest)}` : q(`*${spellings[0]}${rest}`);
}

function argumentSpec(argument: CliArgument, external: boolean, index: number): string {
  if (external) {
    return index === 0 ? `${q('1:application file:_files')} ${q('*:application argument:_files')}` : '';
  }
  const msg = message(argument.name);
  if (argument.variadic) return q(`*:${msg}:${action(argument.values)}`);
  return q(`${argument.required ? '' : ':'}:${msg}:${action(argument.values)}`);
}

function commandFunction(command: CliCommand): string {
  const name = functionName(command);
  const specs = command.options.map(optionSpec);
  const flags = command.external ? "-s -S -A '-*'" : '-s -S';
  if (command.subcommands.length === 0) {
    specs.push(...command.arguments.map((a, i) => argumentSpec(a, command.external, i)).filter(Boolean));
    return [`${name}() {`, `  _arguments ${flags} \\`, ...specs.map((s) => `    ${s} \\`), '    && return 0', '  return 1', '}'].join('\n');
  }
  const described = command.subcommands.map((s) => q(`${s.name.replace(/:/g, '\\:')}:${summary(s.description)}`));
  const dispatch = command.subcommands.map((s) => `        ${[s.name, ...s.aliases].map(q).join('|')}) ${functionName(s)} && ret=0 ;;`);
  const label = ['livy', ...command.path].join(' ');
  return [
    `${name}() {`,
    '  local curcontext=$curcontext state state_descr line ret=1',
    '  typeset -A opt_args',
    `  _arguments -C ${flags} \\`,
    ...specs.map((s) => `    ${s} \\`),
    `    ${q('1: :->command')} \\`,
    `    ${q('*:: :->args')} \\`,
    '    && ret=0',
    '  case $state in',
    '    command)',
    '      local -a commands',
    `      commands=(${described.join(' ')})`,
    `      _describe -t commands ${q(`${label} command`)} commands && ret=0 ;;`,
    '    args)',
    `      curcontext=\${curcontext%:*:*}:${label.replace(/ /g, '-')}-$words[1]:`,
    '      case $words[1] in',
    ...dispatch,
    '      esac ;;',
    '  esac',
    '  return ret',
    '}',
  ].join('\n');
}

export function zshCompletion(root: CliCommand): string {
  const name = root.name;
  const functions = walk(root)
    .filter((c) => c !== root)
    .map(commandFunction);
  const rootFunction = commandFunction(root).replace(/^_livy\(\) \{\n/, `_livy() {\n  local _livy_bin=\${words[1]:-${name}}\n`);
  return `#compdef ${name}
# zsh completion for ${name}
# ${GENERATED_NOTE}
# Install: save it as _${name} in a directory of $fpath, or \`source <(${name} completion zsh)\`
# in ~/.zshrc after compinit.
# Values only known at run time come from \`${name} __complete SOURCE\` (one value a line).

# __livy_values SOURCE: offers what \`livy __complete SOURCE\` prints.
__livy_values() {
  local -a values
  values=(\${(f)"$(\${_livy_bin:-${name}} __complete $1 2>/dev/null)"})
  compadd -a values
}

${[...functions, rootFunction].join('\n\n')}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _livy "$@"
else
  compdef _livy ${name}
fi
`;
}
