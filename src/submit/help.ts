/**
 * `livy submit --help`: spark-submit's grouped usage, generated from the option tables, with a
 * note per option on what Livy does differently, then the livy-only options and the exit codes.
 */
import { HELP_GROUPS, LIVY_ONLY_OPTIONS, SPARK_SUBMIT_OPTIONS, type SparkSubmitOption } from './options.js';

const WIDTH = 100;
const COLUMN = 30;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function entry(label: string, paragraphs: readonly string[]): string[] {
  const body = paragraphs.flatMap((p) => wrap(p, WIDTH - COLUMN));
  const head = `  ${label}`;
  const out: string[] = [];
  if (head.length >= COLUMN) {
    out.push(head);
  } else {
    out.push(head.padEnd(COLUMN) + (body.shift() ?? ''));
  }
  for (const line of body) out.push(' '.repeat(COLUMN) + line);
  return out;
}

function sparkLabel(option: SparkSubmitOption): string {
  const names = [option.name, ...option.aliases].join(', ');
  return option.metavar ? `${names} ${option.metavar}` : names;
}

function sparkEntry(option: SparkSubmitOption): string[] {
  const help = option.since ? `${option.help} (Spark ${option.since}+)` : option.help;
  return entry(sparkLabel(option), option.livyNote ? [help, `Livy: ${option.livyNote}`] : [help]);
}

const EXIT_CODES: ReadonlyArray<readonly [number, string]> = [
  [0, 'success'],
  [1, 'the Spark job failed (batch ended dead or error)'],
  [2, 'usage or input error; nothing was sent'],
  [3, 'server, network, authentication or protocol error'],
  [4, '--timeout reached'],
  [5, 'the job was killed'],
  [130, 'interrupted: detached and left the job running'],
];

/** The full help text of `livy submit`. */
export function submitHelpText(): string {
  const out: string[] = [
    'Usage: livy submit [options] <app jar | python file | R file> [app arguments]',
    'Usage: livy submit --kill [batch ID]',
    'Usage: livy submit --status [batch ID]',
    '',
    ...wrap(
      "Runs a Spark application through an Apache Livy server (POST /batches). It takes spark-submit's " +
        'exact command line: swap the command name and the job runs through Livy. Options go before the ' +
        'application file; everything after it is passed to the application verbatim. Livy reads every ' +
        'file on its side: use URIs (hdfs://, s3a://) or absolute paths the server can see.',
      WIDTH,
    ),
    '',
    'Options:',
  ];
  let first = true;
  for (const group of HELP_GROUPS) {
    if (group.id === 'hidden') continue;
    const members = SPARK_SUBMIT_OPTIONS.filter((o) => o.group === group.id);
    if (members.length === 0) continue;
    if (!first) out.push('');
    first = false;
    if (group.title) out.push(` ${group.title}`);
    for (const option of members) out.push(...sparkEntry(option));
  }
  out.push('', 'Livy options (before the application file; never sent to Livy):');
  for (const option of LIVY_ONLY_OPTIONS) {
    const names = [option.name, ...option.aliases].join(', ');
    out.push(...entry(option.metavar ? `${names} ${option.metavar}` : names, [option.help]));
  }
  out.push('', "Precedence, lowest to highest: the server's spark-defaults.conf, --properties-file,");
  out.push('--extra-properties-file, --conf (last per key), dedicated options (the later of --driver-memory,');
  out.push('--driver-java-options, --driver-class-path or --driver-library-path and a --conf of its key wins).');
  out.push('', 'Exit codes:');
  for (const [code, meaning] of EXIT_CODES) out.push(`  ${String(code).padEnd(5)}${meaning}`);
  return `${out.join('\n')}\n`;
}
