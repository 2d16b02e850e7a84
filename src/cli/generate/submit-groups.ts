/**
 * Man-page details of `livy submit`'s external options that `ExternalOption` does not carry:
 * spark-submit's help group and the note on what Livy does with the option. Looked up by spelling
 * in the option tables, so an external option they do not know simply has no group.
 */
import { HELP_GROUPS, LIVY_OPTION_BY_SPELLING, SPARK_OPTION_BY_SPELLING, type HelpGroup } from '../../submit/options.js';

/** Headings for spark-submit's untitled groups. */
const UNTITLED: Partial<Record<HelpGroup, string>> = {
  app: 'Application and dependencies',
  config: 'Configuration',
  driver: 'Driver',
  executor: 'Executor',
  impersonation: 'Impersonation',
  utility: 'Utility',
};

const LIVY_GROUP = 'Livy options (before the application file; never sent to Livy)';

/** Group headings in man-page order. */
export const GROUP_ORDER: readonly string[] = [LIVY_GROUP, ...HELP_GROUPS.filter((g) => g.id !== 'hidden').map((g) => groupTitle(g.id))];

function groupTitle(id: HelpGroup): string {
  const group = HELP_GROUPS.find((g) => g.id === id);
  return UNTITLED[id] ?? group?.title?.replace(/:$/, '') ?? id;
}

export function externalOptionDetails(flags: readonly string[]): { group: string; note?: string } | undefined {
  for (const flag of flags) {
    const livy = LIVY_OPTION_BY_SPELLING.get(flag);
    if (livy) return { group: LIVY_GROUP };
    const spark = SPARK_OPTION_BY_SPELLING.get(flag);
    if (spark) {
      const since = spark.since ? ` Spark ${spark.since}+.` : '';
      return { group: groupTitle(spark.group), note: spark.livyNote ? `Livy: ${spark.livyNote}${since}` : since.trim() || undefined };
    }
  }
  return undefined;
}
