import { parseSubmitArgv } from '../../submit/parse-argv.js';
import type { CommonOptions } from '../context.js';

/**
 * The common options (`--url`, `-o`, ...) as the spark-submit parser reads them. Only what was
 * given is returned, so options placed before `submit` (`livy -p prod submit ...`) still count.
 * A parse error is thrown here, before any context exists, so it is reported with the output
 * format the raw arguments ask for.
 */
export async function submitCommonOptions(argv: string[]): Promise<CommonOptions> {
  const { livy } = parseSubmitArgv(argv);
  const given: CommonOptions = {
    url: livy.url,
    header: livy.headers.length > 0 ? livy.headers : undefined,
    profile: livy.profile,
    caCert: livy.caCert,
    insecure: livy.insecure || undefined,
    requestTimeout: livy.requestTimeout,
    output: livy.output,
    color: livy.noColor ? false : undefined,
    debug: livy.debug || undefined,
    verbose: livy.verbose || undefined,
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as CommonOptions;
}
