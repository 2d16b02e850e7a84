import type { Command } from 'commander';
import type { OptionOccurrence } from '../../submit/parse-argv.js';
import { SPARK_SUBMIT_OPTIONS, type SparkSubmitOption } from '../../submit/options.js';

/** What spark-submit options mean for an interactive session: resources and conf, nothing else. */
const SESSION_MAPPINGS = new Set(['field', 'conf', 'launcher-conf', 'conf-pair', 'properties-file']);

/** The spark-submit options `livy repl` and `livy run` accept for a new session. */
export function sessionSparkOptions(): SparkSubmitOption[] {
  return SPARK_SUBMIT_OPTIONS.filter((o) => o.group !== 'hidden' && o.name !== '--class' && SESSION_MAPPINGS.has(o.livy.kind));
}

/**
 * Declares the session options on a command and records each occurrence in command-line
 * order (precedence between `--conf` and the launcher options depends on it), so the
 * submit translator reads them exactly as `livy submit` would.
 */
export function addSessionOptions(command: Command): () => OptionOccurrence[] {
  const seen: OptionOccurrence[] = [];
  for (const option of sessionSparkOptions()) {
    const metavar = option.metavar ?? 'VALUE';
    const flags = [...option.aliases, option.name].join(', ');
    command.option(`${flags} <${metavar}>`, firstSentence(option.livyNote ?? option.help));
    command.on(`option:${option.name.slice(2)}`, (value: string) => {
      seen.push({ name: option.name, value, index: seen.length, spelling: option.name });
    });
  }
  return () => seen;
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end);
}
