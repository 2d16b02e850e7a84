/** The deadlines of every request, in ms. */
export interface Timeouts {
  /** To open the connection (TCP and TLS). Applies to the transport's own connection pool. */
  connectMs: number;
  /** From sending the request to the reply's headers, and between two chunks of its body. */
  replyMs: number;
  /** The whole request, from connecting to the last byte of the reply. */
  requestMs: number;
}
export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, replyMs: 30_000, requestMs: 60_000 };
