/**
 * Reads the YARN diagnostics Livy appends to a batch's or session's log. While an application
 * sits in YARN's ACCEPTED state because the scheduler cannot give its ApplicationMaster a
 * container (the queue's or user's AM share used up, the cluster full), Livy still reports
 * `starting` (or `running`): the ResourceManager's diagnostics are the only sign.
 */

// The ResourceManager's wording (Hadoop 2.x–3.x CapacityScheduler and FairScheduler).
const WAITING_FOR_RESOURCES = [
  /not yet activated/i,
  /waiting for resources to be assigned for AM/i,
  /AM resource limit exceeded/i,
  /cannot be started because .*(limit|capacity)/i,
];

const TIMESTAMP_PREFIX = /^\s*\[[^\]]*\]\s*/;

/**
 * Why YARN is holding the application back, in the ResourceManager's words without its
 * timestamp; undefined when the diagnostics do not say it waits for resources.
 */
export function yarnWaitingReason(diagnostics: readonly string[]): string | undefined {
  const text = withoutTimestamps(diagnostics);
  if (!WAITING_FOR_RESOURCES.some((pattern) => pattern.test(text))) return undefined;
  // The "Details : AM Partition = ...; AM Resource Request = ..." tail is long: keep the sentences before it.
  return text.replace(/\s*Details\s*:.*$/s, '').trim();
}

/** The diagnostics as one line, without the `[date]` the ResourceManager puts before each message. */
export function withoutTimestamps(diagnostics: readonly string[]): string {
  return diagnostics
    .map((line) => line.replace(TIMESTAMP_PREFIX, '').trim())
    .filter((line) => line !== '')
    .join(' ');
}
