import { KIND_CHOICES } from '../repl/kinds.js';
import { COMMON_OPTIONS, type CommonOption } from '../submit/common-options.js';

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

/** A common option as the command tree hands it over: `--request-timeout` → `requestTimeout`, `--no-color` → `color`. */
function fastCommon(option: CommonOption): [string, FastOption] {
  const negated = option.long.startsWith('--no-');
  const key = option.long.replace(negated ? /^--no-/ : /^--/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const arity: Arity = option.arg === undefined ? (negated ? 'negated' : 'flag') : option.repeatable ? 'list' : 'value';
  return [option.long, { key, arity, ...(option.choices ? { choices: option.choices } : {}) }];
}

const RUN_COMMON = COMMON_OPTIONS.filter((option) => option.group !== 'staging');

/**
 * Every option of `livy run` but the spark-submit ones for a new session, spelled as on the
 * command tree: the common options from their one table, then run's own
 * (test/unit/cli/run-argv.test.ts holds the two to the same list).
 */
export const FAST_RUN_OPTIONS: Readonly<Record<string, FastOption>> = {
  ...Object.fromEntries(RUN_COMMON.map(fastCommon)),
  '--kind': { key: 'kind', arity: 'value', choices: KIND_CHOICES },
  '--session': { key: 'session', arity: 'value' },
  '--keep': { key: 'keep', arity: 'flag' },
  '--start-timeout': { key: 'startTimeout', arity: 'value' },
  '--heartbeat-timeout': { key: 'heartbeatTimeout', arity: 'value' },
  '--execute': { key: 'execute', arity: 'list' },
  '--keep-going': { key: 'keepGoing', arity: 'flag' },
  '--no-split': { key: 'split', arity: 'negated' },
  '--image-dir': { key: 'imageDir', arity: 'value' },
  '--timeout': { key: 'timeout', arity: 'value' },
};

export const FAST_RUN_SHORT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(RUN_COMMON.filter((option) => option.short).map((option) => [option.short!, option.long])),
  '-k': '--kind',
  '-s': '--session',
  '-e': '--execute',
};

/**
 * Reads the arguments after `livy run` the way the command tree would, for the start-up fast
 * path (no commander). Returns undefined for anything it is not sure to read identically — an
 * option it does not know (help, the spark-submit options of a new session), a bad choice, a
 * missing value, clustered short flags, more than one operand — so that the command tree
 * parses (and reports) it instead.
 */
export function parseRunArgv(argv: readonly string[]): ParsedRunArgv | undefined {
  const options: RunArgvOptions = { color: true, split: true };
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
