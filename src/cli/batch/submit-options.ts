import { parseSubmitArgv } from '../../submit/parse-argv.js';
import type { CommonOptions } from '../context.js';

/** The common options (`--url`, `-o`, ...) as the spark-submit parser sees them. */
export async function submitCommonOptions(argv: string[]): Promise<CommonOptions> {
  try {
    const { livy } = parseSubmitArgv(argv);
    return {
      url: livy.url,
      header: livy.headers,
      profile: livy.profile,
      caCert: livy.caCert,
      insecure: livy.insecure,
      output: livy.output,
      color: !livy.noColor,
      debug: livy.debug,
      verbose: livy.verbose,
    };
  } catch {
    // Reported by submitBatch, with the right output settings where they could be read.
    return {};
  }
}
