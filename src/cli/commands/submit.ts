import type { Command } from 'commander';
import { action, attachExternalOptions } from '../command-kit.js';

/**
 * `livy submit`: spark-submit's command line, sent to Livy as `POST /batches`.
 * Commander only routes here; the spark-submit parser reads the raw arguments
 * because its rules (values that start with `-`, app args after the primary
 * resource) are not commander's.
 */
export function registerSubmit(program: Command): void {
  const submit = program
    .command('submit')
    .description('submit a Spark application like spark-submit, as a Livy batch, and wait for it')
    .usage('[spark-submit options] <app jar | python file | R file> [app arguments]')
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .argument('[args...]');
  attachExternalOptions(submit, async () => {
    const { SPARK_SUBMIT_OPTIONS, LIVY_ONLY_OPTIONS } = await import('../../submit/options.js');
    return [...LIVY_ONLY_OPTIONS, ...SPARK_SUBMIT_OPTIONS.filter((o) => o.group !== 'hidden')].map((o) => ({
      flags: [...o.aliases, o.name],
      takesValue: o.takesValue,
      metavar: o.metavar,
      description: o.help,
    }));
  });
  submit.action(
    action(
      async (ctx, _options, argv) => {
        const { submitBatch } = await import('../batch/submit-batch.js');
        return submitBatch(ctx, argv);
      },
      { commonOptions: async (argv) => (await import('../batch/submit-options.js')).submitCommonOptions(argv) },
    ),
  );
}
