/**
 * Spark's value formats, checked the way spark-submit checks them.
 *
 * Memory: JavaUtils.byteStringAsBytes — lower-cased and trimmed, digits then an optional suffix
 * b, k, kb, m, mb, g, gb, t, tb, p, pb; fractions (`1.5g`) are refused; the byte count must be
 * > 0 and fit in a Java long.
 * Counts: Scala's `String.toInt` (an optional sign, decimal digits, 32-bit), and > 0.
 */

const MEMORY = /^(\d+)(b|k|kb|m|mb|g|gb|t|tb|p|pb)?$/;
const SUFFIX_EXPONENT: Record<string, bigint> = { b: 0n, k: 1n, m: 2n, g: 3n, t: 4n, p: 5n };
const LONG_MAX = (1n << 63n) - 1n;
const INT_MAX = 2 ** 31 - 1;

/** Bytes a Spark memory string stands for with a bare number as bytes, or undefined if invalid. */
export function sparkMemoryBytes(raw: string): bigint | undefined {
  const match = MEMORY.exec(raw.toLowerCase().trim());
  if (!match) return undefined;
  const exponent = SUFFIX_EXPONENT[(match[2] ?? 'b')[0]!] ?? 0n;
  const bytes = BigInt(match[1]!) * 1024n ** exponent;
  return bytes > LONG_MAX ? undefined : bytes;
}

/** Whether spark-submit accepts this as driver or executor memory. */
export function isValidSparkMemory(raw: string): boolean {
  const bytes = sparkMemoryBytes(raw);
  return bytes !== undefined && bytes > 0n;
}

/** Scala's `toInt`, or undefined when it would throw. */
export function parseJavaInt(raw: string): number | undefined {
  if (!/^[+-]?\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value <= INT_MAX && value >= -INT_MAX - 1 ? value : undefined;
}

/** A positive 32-bit integer as spark-submit reads cores and executor counts, or undefined. */
export function parsePositiveInt(raw: string): number | undefined {
  const value = parseJavaInt(raw);
  return value !== undefined && value > 0 ? value : undefined;
}

export const DEPLOY_MODES = ['client', 'cluster'] as const;

/** SparkSubmit's master check: yarn, or a URL starting with spark, mesos (3.x), k8s or local. */
export function isValidMaster(master: string): boolean {
  return master === 'yarn' || /^(spark|mesos|k8s|local)/.test(master);
}
