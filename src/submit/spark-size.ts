/**
 * Spark's value formats, checked the way spark-submit checks them.
 *
 * Memory: JavaUtils.byteStringAsBytes — lower-cased and trimmed, digits then an optional suffix
 * b, k, kb, m, mb, g, gb, t, tb, p, pb; fractions (`1.5g`) are refused; the byte count must be
 * > 0 and fit in a Java long.
 * Counts: Scala's `String.toInt`, which is Java's `Integer.parseInt`: an optional sign, then
 * decimal digits of any script in the Basic Multilingual Plane (`٣` is 3), 32-bit, and > 0.
 * Trimming is Java's `String.trim()`: only code points <= U+0020 go, so a no-break space stays.
 */

const MEMORY = /^(\d+)(b|k|kb|m|mb|g|gb|t|tb|p|pb)?$/;
const SUFFIX_EXPONENT: Record<string, bigint> = { b: 0n, k: 1n, m: 2n, g: 3n, t: 4n, p: 5n };
const LONG_MAX = (1n << 63n) - 1n;
const INT_MAX = 2 ** 31 - 1;

/** Bytes a Spark memory string stands for with a bare number as bytes, or undefined if invalid. */
export function sparkMemoryBytes(raw: string): bigint | undefined {
  const match = MEMORY.exec(javaTrim(raw.toLowerCase()));
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

/** Java's `String.trim()`: removes code points <= U+0020 from both ends, nothing else. */
export function javaTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end);
}

const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * Java's `Character.digit(c, 10)` for one UTF-16 unit: the value of a decimal digit of any script,
 * or -1. Unicode lays every script's digits out as runs of ten starting at zero, so the value is
 * the distance from the start of the run, modulo ten.
 */
function javaDecimalDigit(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0xd800 && unit <= 0xdfff) return -1; // a surrogate half is never a digit to Java
  if (!DECIMAL_DIGIT.test(String.fromCharCode(unit))) return -1;
  let runStart = unit;
  while (DECIMAL_DIGIT.test(String.fromCharCode(runStart - 1))) runStart--;
  return (unit - runStart) % 10;
}

/** Scala's `toInt` (Java's `Integer.parseInt`), or undefined when it would throw. */
export function parseJavaInt(raw: string): number | undefined {
  let k = 0;
  let negative = false;
  if (raw[0] === '+' || raw[0] === '-') {
    negative = raw[0] === '-';
    k = 1;
  }
  if (k >= raw.length || raw.length - k > 64) return undefined;
  let value = 0;
  for (; k < raw.length; k++) {
    const digit = javaDecimalDigit(raw.charCodeAt(k));
    if (digit < 0) return undefined;
    value = value * 10 + digit;
    if (value > INT_MAX + 1) return undefined;
  }
  if (negative) return value === 0 ? 0 : -value;
  return value <= INT_MAX ? value : undefined;
}

/** A positive 32-bit integer as spark-submit reads cores and executor counts, or undefined. */
export function parsePositiveInt(raw: string): number | undefined {
  const value = parseJavaInt(raw);
  return value !== undefined && value > 0 ? value : undefined;
}

export const DEPLOY_MODES = ['client', 'cluster'] as const;

/** The cluster manager SparkSubmit picks for a master, or undefined for one it refuses. */
export function clusterManagerOf(master: string): 'yarn' | 'standalone' | 'mesos' | 'k8s' | 'local' | undefined {
  if (master === 'yarn') return 'yarn';
  if (master.startsWith('spark')) return 'standalone';
  if (master.startsWith('mesos')) return 'mesos';
  if (master.startsWith('k8s')) return 'k8s';
  if (master.startsWith('local')) return 'local';
  return undefined;
}

/** SparkSubmit's master check: yarn, or a URL starting with spark, mesos (3.x), k8s or local. */
export function isValidMaster(master: string): boolean {
  return clusterManagerOf(master) !== undefined;
}
