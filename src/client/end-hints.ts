/**
 * Lines Spark prints as an application ends — its context stopping, the JVM's shutdown hook, the
 * YARN client's final report in cluster mode — after which Livy reports the batch ended within
 * moments. A wait that reads one polls the state hotter for a short while (see `StatePollOptions`).
 */
const ENDING_LINES: readonly RegExp[] = [
  /\bSparkContext: (Invoking stop\(\)|Successfully stopped SparkContext)/,
  /\bShutdownHookManager: Shutdown hook called/,
  /\bfinal status: (SUCCEEDED|FAILED|KILLED|UNDEFINED)\b/,
];

/** Whether a log line says the application is ending. */
export function announcesEnd(line: string): boolean {
  return ENDING_LINES.some((pattern) => pattern.test(line));
}
