/**
 * The same spark-submit options for an interactive session (`POST /sessions`): resources and
 * conf only — a session has no primary resource, main class or application arguments.
 * The mapping itself is translateSparkResources, shared with batches.
 */
import { UsageError } from '../errors/cli-error.js';
import type { SparkResourceRequest } from '../client/requests.js';
import { scanSparkSubmitArgv, type LivyCliOptions, type OptionOccurrence } from './parse-argv.js';
import { translateSparkResources, type TranslateContext } from './spark-resources.js';
import { orderResourceFields } from './request-order.js';

export interface SessionOptionsTranslation {
  readonly request: SparkResourceRequest;
  readonly warnings: string[];
}

export interface ParsedSessionArgv {
  readonly action: 'session' | 'help' | 'version';
  readonly options: readonly OptionOccurrence[];
  readonly livy: LivyCliOptions;
}

/** Reads spark-submit options for a session; any positional argument is an error. */
export function parseSessionArgv(argv: readonly string[]): ParsedSessionArgv {
  const scanned = scanSparkSubmitArgv(argv);
  if (scanned.action?.kind === 'help' || scanned.action?.kind === 'version') {
    return { action: scanned.action.kind, options: scanned.options, livy: scanned.livy };
  }
  if (scanned.action) {
    throw new UsageError(`${scanned.action.spelling} is for batches`, `use 'livy submit ${scanned.action.spelling} ID'`);
  }
  if (scanned.positionalIndex !== undefined) {
    throw new UsageError(
      `Unexpected argument '${argv[scanned.positionalIndex]}': a session has no application file or arguments`,
      "add jars and files with --jars/--py-files/--files; run applications with 'livy submit'",
    );
  }
  return { action: 'session', options: scanned.options, livy: scanned.livy };
}

/** spark-submit options → the resource part of a CreateSessionRequest. */
export function translateSessionOptions(options: readonly OptionOccurrence[], ctx: TranslateContext): SessionOptionsTranslation {
  const cls = options.find((o) => o.name === '--class');
  if (cls) {
    throw new UsageError('--class has no meaning for an interactive session', 'drop --class');
  }
  const { resources, warnings } = translateSparkResources(options, ctx);
  return { request: orderResourceFields<SparkResourceRequest>(resources), warnings };
}
