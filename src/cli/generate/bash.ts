/**
 * The bash completion script. Tables (one `case` per command path) are generated; the walker
 * that finds the command path on the line is fixed text. Works without the bash-completion
 * package, with bash 4+ (and degrades gracefully on 3.2: no `compopt`).
 */
import type { CliCommand } from './model.js';
import { walk } from './model.js';
import { GENERATED_NOTE, shQuote, sourceKey, valueOptionsBySource } from './shell-common.js';

function pathKey(command: CliCommand): string {
  return shQuote(command.path.join(' ')) || "''";
}

function pattern(words: readonly string[]): string {
  return words.map(shQuote).join('|');
}

function childCases(commands: readonly CliCommand[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    for (const sub of command.subcommands) {
      const parent = command.path.join(' ');
      const spellings = [sub.name, ...sub.aliases].map((name) => `${parent}/${name}`);
      lines.push(`    ${pattern(spellings)}) REPLY=${shQuote(sub.name)} ;;`);
    }
  }
  return lines;
}

function valueCases(commands: readonly CliCommand[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    const groups = valueOptionsBySource(command);
    if (groups.length === 0) continue;
    lines.push(`    ${pathKey(command)})`, '      case $2 in');
    for (const [key, flags] of groups) lines.push(`        ${pattern(flags)}) REPLY=${shQuote(key)} ;;`);
    lines.push('      esac ;;');
  }
  return lines;
}

function commandCases(commands: readonly CliCommand[]): string[] {
  const lines: string[] = [];
  for (const command of commands) {
    const subs = command.subcommands.map((s) => s.name).join(' ');
    const opts = [...new Set(command.options.flatMap((o) => o.flags))].join(' ');
    const args = command.arguments.map((a) => shQuote(sourceKey(a.values))).join(' ');
    const repeat = command.external || command.arguments.at(-1)?.variadic ? 1 : 0;
    lines.push(
      `    ${pathKey(command)})`,
      `      _livy_subs=${shQuote(subs) || "''"}`,
      `      _livy_opts=${shQuote(opts) || "''"}`,
      `      _livy_ext=${command.external ? 1 : 0} _livy_argsrep=${repeat}`,
      `      _livy_args=(${args}) ;;`,
    );
  }
  return lines;
}

export function bashCompletion(root: CliCommand): string {
  const commands = walk(root);
  const name = root.name;
  return `# bash completion for ${name}                                    -*- shell-script -*-
# ${GENERATED_NOTE}
# Install: \`source <(${name} completion bash)\` in ~/.bashrc, or save it as
# ~/.local/share/bash-completion/completions/${name}.
# Values only known at run time come from \`${name} __complete SOURCE\` (one value a line).

# _livy_child PATH WORD: REPLY is the canonical name of subcommand WORD of command PATH, or ''.
_livy_child() {
  REPLY=
  case "$1/$2" in
${childCases(commands).join('\n')}
  esac
}

# _livy_value PATH OPTION: REPLY says how OPTION's value completes; '' if it takes no value.
_livy_value() {
  REPLY=
  case $1 in
${valueCases(commands).join('\n')}
  esac
}

# _livy_command PATH: its subcommands, options, whether it parses its own argv (options only
# before the first operand, then everything completes as files), and how operands complete.
_livy_command() {
  _livy_subs= _livy_opts= _livy_ext=0 _livy_argsrep=0 _livy_args=()
  case $1 in
${commandCases(commands).join('\n')}
  esac
}

# _livy_complete_value HOW PREFIX [STEM]: fills COMPREPLY (each candidate prefixed with STEM).
_livy_complete_value() {
  local IFS=$'\\n' how=$1 cur=$2 stem=$3
  case $how in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    dirs) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    choices:*) IFS=$' \\t\\n'; COMPREPLY=($(compgen -W "\${how#choices:}" -- "$cur")) ;;
    dynamic:*) COMPREPLY=($(compgen -W "$("$_livy_bin" __complete "\${how#dynamic:}" 2>/dev/null)" -- "$cur")) ;;
    *) COMPREPLY=() ;;
  esac
  if [[ -n $stem ]]; then COMPREPLY=("\${COMPREPLY[@]/#/$stem}"); fi
}

_livy() {
  local cur=\${COMP_WORDS[COMP_CWORD]} _livy_bin=\${COMP_WORDS[0]}
  local path= rest=0 npos=0 i w REPLY valspec=
  local _livy_subs _livy_opts _livy_ext _livy_argsrep _livy_args
  COMPREPLY=()
  _livy_command ''
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=\${COMP_WORDS[i]}
    if [[ $w == = ]]; then i=$((i + 1)); continue; fi # '--opt=value' split at '=': skip the value
    if ((rest)); then npos=$((npos + 1)); continue; fi
    if [[ $w == -- ]]; then rest=1; continue; fi
    if [[ $w == -?* ]]; then
      _livy_value "$path" "\${w%%=*}"
      if [[ -n $REPLY && $w != *=* && \${COMP_WORDS[i + 1]} != = ]]; then
        if ((i + 1 == COMP_CWORD)); then valspec=$REPLY; else i=$((i + 1)); fi
      fi
      continue
    fi
    _livy_child "$path" "$w"
    if [[ -n $REPLY && $npos == 0 ]]; then
      path=\${path:+$path }$REPLY
      _livy_command "$path"
      continue
    fi
    npos=$((npos + 1))
    if ((_livy_ext)); then rest=1; fi
  done

  if ((!rest)); then
    if [[ $cur == = ]] && ((COMP_CWORD >= 2)); then
      _livy_value "$path" "\${COMP_WORDS[COMP_CWORD - 1]}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" ''; return 0; fi
    elif [[ \${COMP_WORDS[COMP_CWORD - 1]} == = ]] && ((COMP_CWORD >= 3)); then
      _livy_value "$path" "\${COMP_WORDS[COMP_CWORD - 2]}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" "$cur"; return 0; fi
    elif [[ $cur == -?*=* ]]; then
      _livy_value "$path" "\${cur%%=*}"
      if [[ -n $REPLY ]]; then _livy_complete_value "$REPLY" "\${cur#*=}" "\${cur%%=*}="; return 0; fi
    elif [[ -n $valspec ]]; then
      _livy_complete_value "$valspec" "$cur"
      return 0
    fi
    if [[ $cur == -* ]]; then
      local IFS=$' \\t\\n'
      COMPREPLY=($(compgen -W "$_livy_opts" -- "$cur"))
      return 0
    fi
    if ((npos == 0)) && [[ -n $_livy_subs ]]; then
      local IFS=$' \\t\\n'
      COMPREPLY=($(compgen -W "$_livy_subs" -- "$cur"))
      return 0
    fi
  fi
  local n=\${#_livy_args[@]}
  if ((npos < n)); then
    _livy_complete_value "\${_livy_args[npos]}" "$cur"
  elif ((n > 0 && _livy_argsrep)); then
    _livy_complete_value "\${_livy_args[n - 1]}" "$cur"
  fi
  return 0
}

complete -F _livy ${name}
`;
}
