/**
 * `man/livy.1` (roff, man macros): the command reference generated from the command tree, plus
 * the fixed sections (exit status, environment, files, examples). Deterministic: no date, the
 * version comes from package.json.
 */
import { ExitCode } from '../../errors/exit-codes.js';
import type { CliCommand, CliOption } from './model.js';
import { leaves, walk } from './model.js';
import { GENERATED_NOTE } from './shell-common.js';
import { GROUP_ORDER } from './submit-groups.js';

export interface ManPageInfo {
  /** The npm package name. */
  packageName: string;
  version: string;
}

/** What each exit code means; a new code in exit-codes.ts will not compile until it is described here. */
const EXIT_MEANINGS: Record<keyof typeof ExitCode, string> = {
  Ok: 'Success.',
  JobFailed: 'The Spark job failed: the batch ended dead or error (its log tail is shown).',
  Usage: 'Usage or input error (bad option, value or input file); nothing was sent, or the server rejected the input.',
  Server: 'Server, network, authentication or protocol error (including malformed replies and vanished batches).',
  Timeout: 'The --timeout was reached while waiting.',
  Killed: 'The job was killed.',
  Interrupted: 'Interrupted (Ctrl-C or SIGTERM): livy detached and left the job running.',
};

const ENVIRONMENT: ReadonlyArray<readonly [string, string]> = [
  ['LIVY_URL', 'The Livy server to talk to when --url is not given. Default: http://127.0.0.1:8998.'],
  [
    'NO_COLOR',
    'When set and not empty, no colour and no spinners, as with --no-color. Both also turn off when the output is not a terminal.',
  ],
  [
    'LIVY_LOCAL_HOME',
    'Where livy local keeps the Spark and Livy it provisions, its download caches and the state of the server it runs. Default: $XDG_CACHE_HOME/livy-cli.',
  ],
  ['XDG_CACHE_HOME', 'Base directory of the default LIVY_LOCAL_HOME. Default: ~/.cache.'],
];

const FILES: ReadonlyArray<readonly [string, string]> = [
  [
    '$LIVY_LOCAL_HOME, else ${XDG_CACHE_HOME:-~/.cache}/livy-cli',
    "The local Livy and Spark installs, the pip and Maven caches, and run/ with the running local server's configuration, logs and state. Safe to delete when no local server runs; the next livy local start provisions again.",
  ],
  [
    'completions/livy.bash, completions/livy.zsh, completions/livy.fish',
    'Shell completion scripts shipped in the package; livy completion bash|zsh|fish prints the same scripts.',
  ],
];

const EXAMPLES: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    'See the request a spark-submit command line turns into, without sending anything:',
    [
      'livy submit --dry-run --output json --master yarn \\',
      '  --py-files hdfs:///libs/deps.zip,hdfs:///libs/util.py \\',
      '  --files hdfs:///conf/app.yaml#app.yaml \\',
      '  --archives hdfs:///envs/pyenv.tar.gz#environment \\',
      '  --conf spark.yarn.appMasterEnv.PYSPARK_PYTHON=./environment/bin/python \\',
      '  hdfs:///jobs/main.py --input s3a://bucket/in',
    ],
  ],
  [
    'Run SparkPi on a Livy server and wait for it, streaming its log:',
    [
      'livy submit --url http://livy.example.com:8998 \\',
      '  --class org.apache.spark.examples.SparkPi --executor-memory 2g \\',
      '  hdfs:///jars/spark-examples_2.12-3.5.1.jar 10',
    ],
  ],
  [
    'Submit without waiting, then follow the log and wait for the end state:',
    ['id=$(livy submit --async --output json /apps/job.jar | jq .id)', 'livy batches logs --follow "$id"', 'livy batches wait "$id"'],
  ],
  ['List batches as JSON:', ['livy batches list --output json']],
  ['Install bash completion:', ['livy completion bash > ~/.local/share/bash-completion/completions/livy']],
];

/** Text for a roff body line: escapes backslashes, hyphens and non-ASCII, guards a leading control character. */
function esc(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    // Plain ASCII input works with every roff; other characters by code point (groff's \[uXXXX]).
    .replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  return /^[.']/.test(escaped) ? `\\&${escaped}` : escaped;
}

function bold(text: string): string {
  return `\\fB${esc(text)}\\fR`;
}

function italic(text: string): string {
  return `\\fI${esc(text)}\\fR`;
}

function optionTerm(option: CliOption): string {
  const names = option.flags.map(bold).join(', ');
  if (!option.takesValue || !option.metavar) return names;
  return option.optionalValue ? `${names} [${italic(option.metavar)}]` : `${names} ${italic(option.metavar)}`;
}

function optionEntries(options: readonly CliOption[]): string[] {
  return options.flatMap((option) => [
    '.TP',
    optionTerm(option),
    esc(option.description),
    ...(option.note ? ['.br', esc(option.note)] : []),
  ]);
}

const optionKey = (option: CliOption): string => option.flags.join(',');

function usageLine(command: CliCommand, root: CliCommand): string {
  return `${bold([root.name, ...command.path].join(' '))} ${esc(command.usage)}`;
}

function commandSection(command: CliCommand, root: CliCommand, common: ReadonlySet<string>): string[] {
  const lines = [`.SS "${[root.name, ...command.path].join(' ')}"`, esc(command.description)];
  if (command.aliases.length > 0)
    lines.push('.br', `Alias${command.aliases.length > 1 ? 'es' : ''}: ${command.aliases.map(bold).join(', ')}.`);
  if (command.subcommands.length > 0) {
    const subs = command.subcommands.filter((s) => !s.implicitHelp).map((s) => bold(s.name));
    lines.push('.br', `Subcommands: ${subs.join(', ')}.`);
    return lines;
  }
  lines.push('.PP', `Usage: ${usageLine(command, root)}`);
  const own = command.options.filter((o) => !common.has(optionKey(o)));
  const sharesCommon = command.options.some((o) => common.has(optionKey(o)));
  if (!own.some((o) => o.group)) {
    if (own.length > 0) lines.push('.PP', 'Options:', '.RS 4', ...optionEntries(own), '.RE');
  } else {
    const groups = [...new Set([...GROUP_ORDER, ...own.map((o) => o.group ?? 'Options')])];
    for (const group of groups) {
      const members = own.filter((o) => (o.group ?? 'Options') === group);
      if (members.length === 0) continue;
      lines.push('.PP', `${esc(group)}:`, '.RS 4', ...optionEntries(members), '.RE');
    }
  }
  if (sharesCommon) lines.push('.PP', 'It also takes the common options (see OPTIONS).');
  return lines;
}

function definitionList(entries: ReadonlyArray<readonly [string, string]>, term: (text: string) => string): string[] {
  return entries.flatMap(([name, text]) => ['.TP', term(name), esc(text)]);
}

export function manPage(root: CliCommand, info: ManPageInfo): string {
  const name = root.name;
  const help = (o: CliOption) => o.flags.includes('--help');
  const version = (o: CliOption) => o.flags.includes('--version');
  // Options every leaf shares with the root are documented once, under OPTIONS.
  const runnable = leaves(root).filter((c) => !c.external);
  const common = new Set(
    root.options
      .filter((o) => !version(o))
      .map(optionKey)
      .filter((key) => runnable.every((c) => c.options.some((o) => optionKey(o) === key))),
  );
  const rootOptions = [...root.options.filter((o) => !help(o)), ...root.options.filter(help)];
  const commands = walk(root).filter((c) => c !== root && !c.implicitHelp);
  const exitEntries = (Object.keys(ExitCode) as Array<keyof typeof ExitCode>).map(
    (key) => [String(ExitCode[key]), EXIT_MEANINGS[key]] as const,
  );
  const lines = [
    `.\\" ${GENERATED_NOTE}`,
    `.TH ${name.toUpperCase()} 1 "" "${info.packageName} ${info.version}" "User Commands"`,
    '.nh',
    '.ad l',
    '.SH NAME',
    `${name} \\- ${esc(root.description)}`,
    '.SH SYNOPSIS',
    `${bold(name)} [${italic('options')}] ${italic('command')} [${italic('arguments')}]`,
    ...leaves(root).flatMap((c) => ['.br', usageLine(c, root)]),
    '.SH DESCRIPTION',
    esc(
      `${name} does for Apache Livy what spark-submit does for a cluster: ${name} submit takes spark-submit's exact ` +
        'command line and runs the application as a Livy batch (POST /batches), waits for it while streaming its log, ' +
        'and exits with a code that says how it ended. Other commands inspect, follow, wait for and kill batches.',
    ),
    '.PP',
    esc(
      'Results go to stdout and nothing else does: with --output json stdout holds exactly one JSON document. ' +
        'Progress, warnings and errors go to stderr. Errors are one line saying what went wrong and what to do; ' +
        'stack traces only with --debug.',
    ),
    '.SH OPTIONS',
    esc(`Options of ${name} itself, before the command name. Each command also takes the common ones after its name.`),
    ...optionEntries(rootOptions),
    '.SH COMMANDS',
    ...commands.flatMap((c) => commandSection(c, root, common)),
    '.SH "EXIT STATUS"',
    ...definitionList(exitEntries, (code) => bold(code)),
    '.SH ENVIRONMENT',
    ...definitionList(ENVIRONMENT, bold),
    '.SH FILES',
    ...definitionList(FILES, italic),
    '.SH EXAMPLES',
    ...EXAMPLES.flatMap(([text, example]) => ['.PP', esc(text), '.PP', '.RS 4', '.nf', ...example.map(esc), '.fi', '.RE']),
    '.SH "SEE ALSO"',
    esc(`${name} --help, ${name} COMMAND --help, ${name} submit --help (spark-submit's options and what Livy does with each);`),
    esc('the Apache Livy REST API: https://livy.apache.org/docs/latest/rest-api.html'),
    '',
  ];
  return lines.join('\n');
}
