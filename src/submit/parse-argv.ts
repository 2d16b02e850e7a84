/**
 * `livy submit`'s command line, read with spark-submit's own rules (SparkSubmitOptionParser):
 *
 * - `--x=value` is recognised only when the whole token matches `(--[^=]+)=(.+)`: two dashes,
 *   split at the first `=`, a non-empty value without line terminators (Java's `.`).
 * - A value option takes the next token whatever it looks like (`--driver-java-options -Dx=1`).
 * - A switch written `--verbose=false` is still the switch.
 * - Before the primary resource, an unknown token starting with `-` is an error; the first token
 *   not starting with `-` is the primary resource and everything after it belongs to the app,
 *   verbatim (`--` has no special meaning).
 * - `--help` shows the usage, but only once the whole option list has parsed: Spark's launcher
 *   reads every option before SparkSubmit sees `--help`, so `--help --bogus` is an error.
 *
 * Options are kept as an ordered list of occurrences because precedence depends on order.
 */
import { UsageError } from '../errors/cli-error.js';
import { parseDuration } from '../text/duration.js';
import { parseHeaders } from '../profiles/server-target.js';
import {
  LIVY_OPTION_BY_SPELLING,
  SPARK_OPTION_BY_SPELLING,
  allOptionSpellings,
  type LivyOnlyOption,
  type SparkSubmitOption,
} from './options.js';
import { closestMatch } from './suggest.js';

/** One spark-submit option as it appeared on the command line. */
export interface OptionOccurrence {
  /** Canonical name (`--conf` for `-c`). */
  readonly name: string;
  /** The value; undefined for a switch. */
  readonly value: string | undefined;
  /** Index in argv of the option's own token. */
  readonly index: number;
  /** The spelling used (`-c`, `--conf`). */
  readonly spelling: string;
}

/** The livy-only options, resolved. */
export interface LivyCliOptions {
  url?: string;
  /** `--profile`, `--ca-cert`, `--insecure`: how to reach the server (see src/profiles/server-target.ts). */
  profile?: string;
  caCert?: string;
  insecure?: boolean;
  /** `--request-timeout`, checked when the client is made (see src/cli/request-timeouts.ts). */
  requestTimeout?: string;
  /** Raw `"Name: value"` strings, validated, in order. */
  headers: string[];
  output?: 'text' | 'json';
  dryRun: boolean;
  async: boolean;
  timeoutMs?: number;
  killOnInterrupt: boolean;
  /** `--driver-log`: the driver's container log instead of Livy's log while waiting. */
  driverLog: boolean;
  noColor: boolean;
  debug: boolean;
  logFile?: string;
  /** spark-submit's `-v/--verbose`: print the request (secrets redacted). */
  verbose: boolean;
  /** `--stage-dir`, `--webhdfs-url`, `--s3-endpoint`, `--s3-path-style`: where local files are staged (src/staging). */
  staging?: { stageDir?: string; webhdfsUrl?: string; s3Endpoint?: string; s3PathStyle?: boolean };
}

interface ParsedCommon {
  /** Every spark-submit option before the primary resource, in command-line order. */
  readonly options: readonly OptionOccurrence[];
  readonly livy: LivyCliOptions;
  /** Things worth telling the user that did not stop parsing. */
  readonly warnings: readonly string[];
}

export type ParsedSubmitArgv =
  | (ParsedCommon & {
      readonly action: 'submit';
      readonly primaryResource: string;
      readonly primaryResourceIndex: number;
      readonly appArgs: readonly string[];
    })
  | (ParsedCommon & { readonly action: 'kill' | 'status'; readonly submissionId: string })
  | (ParsedCommon & { readonly action: 'help' | 'version' });

export type SubmitAction = ParsedSubmitArgv['action'];

/** Java's `.` does not match these, so a value containing one defeats the `--x=value` form. */
const EQUALS_FORM = /^(--[^=]+)=([^\n\r\u0085\u2028\u2029]+)$/;

export interface ScannedArgv {
  options: OptionOccurrence[];
  livy: LivyCliOptions;
  warnings: string[];
  action?: { kind: 'help' | 'version' | 'kill' | 'status'; value?: string; spelling: string };
  /** Index of the first token that is not an option (the primary resource), if any. */
  positionalIndex?: number;
}

/**
 * Reads options up to the first positional token. Shared by batches (where that token is the
 * primary resource) and sessions (where it is an error).
 */
export function scanSparkSubmitArgv(argv: readonly string[]): ScannedArgv {
  const options: OptionOccurrence[] = [];
  const warnings: string[] = [];
  const livyValues = new Map<string, string[]>();
  let action: ScannedArgv['action'];
  let helpSpelling: string | undefined;
  let positionalIndex: number | undefined;

  const setAction = (kind: 'version' | 'kill' | 'status', spelling: string, value?: string) => {
    if (action && action.kind !== kind) {
      throw new UsageError(`${spelling} cannot be combined with ${action.spelling}`, 'give one of --kill, --status or --version at a time');
    }
    if (action && action.kind !== 'version') {
      throw new UsageError(`${spelling} given twice`, `give one ${action.kind} request at a time`);
    }
    action = { kind, value, spelling };
  };

  let i = 0;
  for (; i < argv.length; i++) {
    const token = argv[i]!;
    let spelling = token;
    let inlineValue: string | undefined;
    const equals = EQUALS_FORM.exec(token);
    if (equals) {
      spelling = equals[1]!;
      inlineValue = equals[2]!;
    }

    const spark: SparkSubmitOption | undefined = SPARK_OPTION_BY_SPELLING.get(spelling);
    const livyOnly: LivyOnlyOption | undefined = spark ? undefined : LIVY_OPTION_BY_SPELLING.get(spelling);
    const takesValue = spark?.takesValue ?? livyOnly?.takesValue;

    if (takesValue === undefined) {
      if (token.startsWith('-')) throw unrecognizedOption(token, spelling, inlineValue);
      positionalIndex = i;
      break;
    }

    let value: string | undefined;
    if (takesValue) {
      if (inlineValue !== undefined) {
        value = inlineValue;
      } else {
        if (i === argv.length - 1) {
          throw new UsageError(
            `Missing argument for option '${spelling}'`,
            `${spelling} takes a value: ${spelling} ${spark?.metavar ?? livyOnly?.metavar ?? 'VALUE'}`,
          );
        }
        value = argv[++i]!;
      }
    } else if (inlineValue !== undefined && livyOnly) {
      // spark-submit's own switches ignore `=value`; ours refuse it rather than surprise.
      throw new UsageError(`${spelling} does not take a value`, `write ${spelling} alone`);
    }

    if (livyOnly) {
      const list = livyValues.get(livyOnly.name) ?? [];
      list.push(value ?? '');
      livyValues.set(livyOnly.name, list);
      continue;
    }

    const option = spark!;
    options.push({ name: option.name, value, index: i - (takesValue && inlineValue === undefined ? 1 : 0), spelling });
    if (option.livy.kind === 'action' && helpSpelling === undefined) {
      switch (option.livy.action) {
        case 'help':
          // SparkSubmit acts on --help as soon as it meets it: later actions do not matter.
          helpSpelling = spelling;
          break;
        case 'usage-error':
          throw new UsageError('Usage error requested (--usage-error)', "run 'livy submit --help' for usage");
        case 'version':
          setAction('version', spelling);
          break;
        case 'kill':
        case 'status':
          if (value === '') throw new UsageError(`${spelling} needs a batch id`, `${spelling} 42`);
          setAction(option.livy.action, spelling, value);
          break;
      }
    }
  }

  if (helpSpelling !== undefined) {
    return { options, livy: resolveLivyOptions(livyValues, options), warnings, action: { kind: 'help', spelling: helpSpelling } };
  }
  return {
    options,
    livy: resolveLivyOptions(livyValues, options),
    warnings,
    ...(action ? { action } : {}),
    ...(positionalIndex !== undefined ? { positionalIndex } : {}),
  };
}

/** Parses `livy submit`'s argv: spark-submit's options, livy-only options, resource, app args. */
export function parseSubmitArgv(argv: readonly string[]): ParsedSubmitArgv {
  const scanned = scanSparkSubmitArgv(argv);
  const common = { options: scanned.options, livy: scanned.livy, warnings: scanned.warnings };
  const action = scanned.action;
  if (action?.kind === 'help' || action?.kind === 'version') {
    return { ...common, action: action.kind };
  }
  if (action?.kind === 'kill' || action?.kind === 'status') {
    if (scanned.positionalIndex !== undefined) {
      common.warnings.push(`Ignoring '${argv[scanned.positionalIndex]}' and what follows: ${action.spelling} does not submit anything`);
    }
    return { ...common, action: action.kind, submissionId: action.value ?? '' };
  }
  if (scanned.positionalIndex === undefined) {
    throw new UsageError(
      'Must specify a primary resource (JAR or Python or R file)',
      'usage: livy submit [options] <app jar | python file | R file> [app arguments]',
    );
  }
  const primaryResource = argv[scanned.positionalIndex]!;
  if (primaryResource === '') {
    throw new UsageError('The primary resource (application file) is an empty string');
  }
  return {
    ...common,
    action: 'submit',
    primaryResource,
    primaryResourceIndex: scanned.positionalIndex,
    appArgs: argv.slice(scanned.positionalIndex + 1),
  };
}

function unrecognizedOption(token: string, spelling: string, inlineValue: string | undefined): UsageError {
  const reported = inlineValue !== undefined ? spelling : token;
  // `--name=` (nothing after `=`) does not match the `--x=value` form.
  const emptyEquals = /^(--[^=]+)=$/.exec(token);
  if (
    emptyEquals &&
    (SPARK_OPTION_BY_SPELLING.get(emptyEquals[1]!)?.takesValue || LIVY_OPTION_BY_SPELLING.get(emptyEquals[1]!)?.takesValue)
  ) {
    return new UsageError(
      `Unrecognized option '${token}'`,
      `to give ${emptyEquals[1]} an empty value write it as two arguments: ${emptyEquals[1]} ''`,
    );
  }
  const shortEquals = /^(-[a-zA-Z])=/.exec(token);
  if (shortEquals && (SPARK_OPTION_BY_SPELLING.has(shortEquals[1]!) || LIVY_OPTION_BY_SPELLING.has(shortEquals[1]!))) {
    return new UsageError(
      `Unrecognized option '${token}'`,
      `short options take their value as the next argument: ${shortEquals[1]} ${token.slice(3)}`,
    );
  }
  const nameOnly = reported.split('=')[0]!;
  const suggestion = closestMatch(
    nameOnly,
    allOptionSpellings().filter((s) => s.startsWith('--')),
  );
  return new UsageError(
    `Unrecognized option '${reported}'`,
    suggestion ? `did you mean ${suggestion}?` : "options go before the application file; run 'livy submit --help' for the list",
  );
}

function resolveLivyOptions(values: ReadonlyMap<string, string[]>, options: readonly OptionOccurrence[]): LivyCliOptions {
  const last = (name: string) => values.get(name)?.at(-1);
  const has = (name: string) => values.has(name);

  const headers = values.get('--header') ?? [];
  parseHeaders(headers); // throws a UsageError naming the bad one

  const livy: LivyCliOptions = {
    headers,
    dryRun: has('--dry-run'),
    async: has('--async'),
    killOnInterrupt: has('--kill-on-interrupt'),
    driverLog: has('--driver-log'),
    noColor: has('--no-color'),
    debug: has('--debug'),
    verbose: options.some((o) => o.name === '--verbose'),
  };
  if (has('--stage-dir') || has('--webhdfs-url') || has('--s3-endpoint') || has('--s3-path-style')) {
    livy.staging = {
      ...(last('--stage-dir') !== undefined ? { stageDir: last('--stage-dir') } : {}),
      ...(last('--webhdfs-url') !== undefined ? { webhdfsUrl: last('--webhdfs-url') } : {}),
      ...(last('--s3-endpoint') !== undefined ? { s3Endpoint: last('--s3-endpoint') } : {}),
      ...(has('--s3-path-style') ? { s3PathStyle: true } : {}),
    };
  }
  if (has('--insecure')) livy.insecure = true;
  const requestTimeout = last('--request-timeout');
  if (requestTimeout !== undefined) livy.requestTimeout = requestTimeout;
  const profile = last('--profile');
  if (profile !== undefined) livy.profile = profile;
  const caCert = last('--ca-cert');
  if (caCert !== undefined) livy.caCert = caCert;
  const url = last('--url');
  if (url !== undefined) {
    if (url === '') throw new UsageError('--url needs a value', 'e.g. --url http://livy-host:8998');
    livy.url = url;
  }
  const output = last('--output');
  if (output !== undefined) {
    if (output !== 'text' && output !== 'json') {
      throw new UsageError(`--output must be 'text' or 'json', got '${output}'`);
    }
    livy.output = output;
  }
  const timeout = last('--timeout');
  if (timeout !== undefined) livy.timeoutMs = parseDuration(timeout, '--timeout');
  const logFile = last('--log-file');
  if (logFile !== undefined) {
    if (logFile === '') throw new UsageError('--log-file needs a file name');
    livy.logFile = logFile;
  }
  return livy;
}
