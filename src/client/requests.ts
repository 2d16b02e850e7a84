/** Request bodies Livy accepts. Livy answers 400 to any unknown field, so these are exact. */

/** Resource and configuration fields shared by batches and interactive sessions. */
export interface SparkResourceRequest {
  name?: string;
  proxyUser?: string;
  jars?: string[];
  pyFiles?: string[];
  files?: string[];
  archives?: string[];
  driverMemory?: string;
  driverCores?: number;
  executorMemory?: string;
  executorCores?: number;
  numExecutors?: number;
  queue?: string;
  conf?: Record<string, string>;
}

/** Body of `POST /batches` (Livy's CreateBatchRequest). */
export interface CreateBatchRequest extends SparkResourceRequest {
  file: string;
  className?: string;
  args?: string[];
}

export const SESSION_KINDS = ['spark', 'pyspark', 'sparkr', 'sql', 'shared'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Per-statement kinds; `scala`, `python` and `r` are Livy's aliases. */
export const STATEMENT_KINDS = ['spark', 'scala', 'pyspark', 'python', 'sparkr', 'r', 'sql'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** Body of `POST /sessions` (Livy's CreateInteractiveRequest). */
export interface CreateSessionRequest extends SparkResourceRequest {
  kind?: SessionKind;
  heartbeatTimeoutInSecond?: number;
  /** Livy 0.9: maximum lifetime, e.g. "2h"; Livy 0.8: idle timeout. */
  ttl?: string;
  /** Livy 0.9 only: idle timeout, e.g. "30m". */
  idleTimeout?: string;
}

/** Body of `POST /sessions/{id}/statements`. */
export interface ExecuteStatementRequest {
  code: string;
  kind?: StatementKind;
}

/** Body of `POST /sessions/{id}/completion`. */
export interface CompletionRequest {
  code: string;
  kind: StatementKind;
  cursor: number;
}
