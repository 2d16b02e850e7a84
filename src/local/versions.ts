/** Versions the local server is assembled from. Bump together and re-test. */
export const LIVY_VERSION = '0.9.0-incubating';
/** Livy's own JDK 17 CI runs Spark 3.5.6 (profile spark3); we use the same from PyPI. */
export const PYSPARK_VERSION = '3.5.6';
export const SCALA_BINARY_VERSION = '2.12';
export const SCALA_VERSION = '2.12.18';
export const JACKSON_VERSION = '2.12.7';
export const NETTY_VERSION = '4.1.86.Final';
export const MIN_JAVA_MAJOR = 17;
export const DEFAULT_PORT = 8998;
