/** Versions the local server is assembled from. Bump together and re-test. */

/** The Livy releases `livy local` can run: the current one and the one Amazon EMR 7.x ships. */
export const LIVY_VERSIONS = ['0.9.0-incubating', '0.8.0-incubating'] as const;
export type LivyVersion = (typeof LIVY_VERSIONS)[number];
export const LIVY_VERSION: LivyVersion = '0.9.0-incubating';

/** Livy's own JDK 17 CI runs Spark 3.5.6 (profile spark3); we use the same from PyPI. */
export const PYSPARK_VERSION = '3.5.6';
export const SCALA_BINARY_VERSION = '2.12';
export const MIN_JAVA_MAJOR = 17;
export const DEFAULT_PORT = 8998;

/** `0.8`, `0.8.0` or `0.8.0-incubating` → the supported release, or undefined. */
export function parseLivyVersion(text: string): LivyVersion | undefined {
  const t = text.trim().replace(/^v/, '');
  return LIVY_VERSIONS.find((v) => v === t || v.replace(/-incubating$/, '') === t || v.replace(/\.0-incubating$/, '') === t);
}
