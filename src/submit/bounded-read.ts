/**
 * A properties file is read into memory with a size limit (src/text/read-bounded.ts), so that
 * `--properties-file /dev/zero` (or any huge or endless file) ends with a clear error.
 */

/** Far above any real Spark properties file, far below what would strain the process. */
export const PROPERTIES_FILE_MAX_BYTES = 4 * 1024 * 1024;
