/**
 * `livy submit`'s command line → the body of `POST /batches`.
 *
 * The resource and conf mapping is shared with sessions (spark-resources.ts); a batch adds the
 * primary resource (`file`), `--class` (`className`) and the application arguments (`args`).
 */
import { UsageError } from '../errors/cli-error.js';
import type { CreateBatchRequest } from '../client/requests.js';
import type { ParsedSubmitArgv } from './parse-argv.js';
import { resolveFileReference } from './paths.js';
import { orderResourceFields } from './request-order.js';
import { translateSparkResources, type TranslateContext } from './spark-resources.js';

export type SubmissionArgv = Extract<ParsedSubmitArgv, { action: 'submit' }>;

export interface BatchTranslation {
  readonly request: CreateBatchRequest;
  readonly warnings: string[];
}

/**
 * Primary resources spark-submit runs internally, and the first tokens only its launcher knows
 * (`pyspark-shell-main`, `sparkr-shell-main`, `run-example`); none is an application Livy can run.
 */
const NOT_APPLICATIONS = [
  'spark-internal',
  'pyspark-shell',
  'pyspark-shell-main',
  'sparkr-shell',
  'sparkr-shell-main',
  'spark-shell',
  'connect-shell',
  'run-example',
];

/** Spark's own test: a name ending in `.py` is a Python app, `.R`/`.r` an R app. */
function primaryResourceKind(resource: string): 'python' | 'r' | 'jvm' {
  if (resource.endsWith('.py')) return 'python';
  if (resource.endsWith('.R') || resource.endsWith('.r')) return 'r';
  return 'jvm';
}

export function translateSubmit(parsed: SubmissionArgv, ctx: TranslateContext): BatchTranslation {
  const warnings = [...parsed.warnings];
  const resource = parsed.primaryResource;
  if (NOT_APPLICATIONS.includes(resource)) {
    throw new UsageError(
      `'${resource}' is not an application Livy can run as a batch`,
      resource === 'run-example'
        ? 'submit the examples jar with --class instead, e.g. --class org.apache.spark.examples.SparkPi <spark-examples jar>'
        : 'give the application jar, Python or R file; for a shell use an interactive Livy session',
    );
  }
  const file = resolveFileReference(resource, 'The application file', ctx, warnings);

  let className: string | undefined;
  const classOption = parsed.options.filter((o) => o.name === '--class').at(-1);
  if (classOption) {
    const value = classOption.value ?? '';
    if (value === '') throw new UsageError('--class needs a class name', '--class com.example.Main');
    const kind = primaryResourceKind(resource);
    if (kind === 'jvm') className = value;
    else warnings.push(`Ignoring --class ${value}: ${kind === 'python' ? 'Python' : 'R'} applications have no main class`);
  }

  const application = { kind: primaryResourceKind(resource), ...(classOption?.value ? { className: classOption.value } : {}) };
  const { resources, warnings: resourceWarnings } = translateSparkResources(parsed.options, ctx, application);
  warnings.push(...resourceWarnings);

  const misplaced = parsed.appArgs.find((arg) => SUBMIT_ONLY_OPTIONS.has(arg.split('=')[0]!));
  if (misplaced !== undefined) {
    warnings.push(
      `${misplaced.split('=')[0]} comes after the application ${resource}, so it is passed to the application as an argument (as spark-submit does); put options before the application`,
    );
  }

  const request = orderResourceFields<CreateBatchRequest>({ ...resources, file, className, args: [...parsed.appArgs] });
  return { request, warnings };
}

/** spark-submit options an application seldom takes itself: one after the application was most likely meant for spark-submit. */
const SUBMIT_ONLY_OPTIONS = new Set([
  '--py-files',
  '--jars',
  '--files',
  '--archives',
  '--packages',
  '--conf',
  '--class',
  '--master',
  '--deploy-mode',
  '--driver-memory',
  '--executor-memory',
  '--executor-cores',
  '--num-executors',
  '--queue',
]);
