import { COMMON_OPTIONS } from '../submit/common-options.js';
import type { DeclaredOption } from '../submit/declared-option.js';
import { sessionCommandOptions } from './session/session-command-options.js';

/**
 * The options of `livy run` as the command tree hands them to its handler (see `givenOptions`):
 * camel-cased long names, `--no-*` flags defaulting to true.
 */
export type RunArgvOptions = Record<string, string | string[] | boolean>;

export interface ParsedRunArgv {
  options: RunArgvOptions;
  operands: string[];
}

type Arity = 'flag' | 'value' | 'list' | 'negated';

interface FastOption {
  key: string;
  arity: Arity;
  choices?: readonly string[];
}

/** An option as the command tree hands it over: `--request-timeout` → `requestTimeout`, `--no-color` → `color`. */
function fastOption(option: DeclaredOption): [string, FastOption] {
  const negated = option.long.startsWith('--no-');
  const key = option.long.replace(negated ? /^--no-/ : /^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const arity: Arity = option.arg === undefined ? (negated ? 'negated' : 'flag') : option.repeatable ? 'list' : 'value';
  return [option.long, { key, arity, ...(option.choices ? { choices: option.choices } : {}) }];
}

/**
 * Every option of `livy run` but the spark-submit ones for a new session, from the tables the
 * command tree builds them from: the common options (but staging's), then run's own.
 */
const RUN_OPTIONS: readonly DeclaredOption[] = [
  ...COMMON_OPTIONS.filter((option) => option.group !== 'staging'),
  ...sessionCommandOptions('run'),
];

export const FAST_RUN_OPTIONS: Readonly<Record<string, FastOption>> = Object.fromEntries(RUN_OPTIONS.map(fastOption));

export const FAST_RUN_SHORT: Readonly<Record<string, string>> = Object.fromEntries(
  RUN_OPTIONS.filter((option) => option.short).map((option) => [option.short!, option.long]),
);

/** What commander starts from: a `--no-*` flag's value is true until it is given. */
const NEGATED_DEFAULTS: Readonly<RunArgvOptions> = Object.fromEntries(
  Object.values(FAST_RUN_OPTIONS)
    .filter((option) => option.arity === 'negated')
    .map((option) => [option.key, true]),
);

/**
 * Reads the arguments after `livy run` the way the command tree would, for the start-up fast
 * path (no commander). Returns undefined for anything it is not sure to read identically — an
 * option it does not know (help, the spark-submit options of a new session), a bad choice, a
 * missing value, clustered short flags, more than one operand — so that the command tree
 * parses (and reports) it instead.
 */
export function parseRunArgv(argv: readonly string[]): ParsedRunArgv | undefined {
  const options: RunArgvOptions = { ...NEGATED_DEFAULTS };
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.length < 2 || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const option = FAST_RUN_OPTIONS[FAST_RUN_SHORT[name] ?? name];
    if (!option) return undefined;
    if (option.arity === 'flag' || option.arity === 'negated') {
      if (equals > 0) return undefined;
      options[option.key] = option.arity === 'flag';
      continue;
    }
    const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
    if (value === undefined) return undefined;
    if (option.choices && !option.choices.includes(value)) return undefined;
    if (option.arity === 'list') {
      const list = (options[option.key] as string[] | undefined) ?? [];
      list.push(value);
      options[option.key] = list;
    } else {
      options[option.key] = value;
    }
  }
  return operands.length > 1 ? undefined : { options, operands };
}
