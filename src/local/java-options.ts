/**
 * JVM flags for the Livy server on Java 17+. Livy 0.9's bin/livy-server adds a set of
 * `--add-opens`/`--add-exports` for Java 17 (LIVY-1017); we pass that set plus the packages Spark's
 * own launcher opens (Spark classes are on no server classpath, but Livy's Kryo/Netty/Jackson use
 * reflection into these). `-XX:+IgnoreUnrecognizedVMOptions` keeps older JVMs from failing on them.
 */
export const LIVY_JAVA17_OPENS = [
  'java.base/java.lang',
  'java.base/java.lang.invoke',
  'java.base/java.lang.reflect',
  'java.base/java.io',
  'java.base/java.net',
  'java.base/java.nio',
  'java.base/java.util',
  'java.base/java.util.concurrent',
  'java.base/java.util.concurrent.atomic',
  'java.base/sun.nio.ch',
  'java.base/sun.nio.cs',
  'java.base/sun.security.action',
  'java.base/sun.util.calendar',
] as const;

export const LIVY_JAVA17_EXPORTS = [
  'java.base/sun.net.dns',
  'java.base/sun.net.util',
  'java.base/sun.security.x509',
  'java.base/sun.security.util',
] as const;

export function livyJavaOptions(extra: readonly string[] = []): string[] {
  return [
    '-XX:+IgnoreUnrecognizedVMOptions',
    ...LIVY_JAVA17_OPENS.map((p) => `--add-opens=${p}=ALL-UNNAMED`),
    ...LIVY_JAVA17_EXPORTS.map((p) => `--add-exports=${p}=ALL-UNNAMED`),
    // A small server: leave the memory to the Spark drivers it starts.
    '-Xmx512m',
    ...extra,
  ];
}
