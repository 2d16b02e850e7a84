import type { FormData } from 'undici';

/** One request as the transport hands it to the HTTP stack: headers and body are final. */
export interface ExchangeRequest {
  method: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** Aborts the request, also while its reply is being read. */
  signal: AbortSignal;
  /** From sending the request to the reply's headers, and between two chunks of its body. */
  replyMs: number;
}

export interface ExchangeReply {
  statusCode: number;
  /** Lower-case names; a repeated header is an array. */
  headers: Record<string, string | string[] | undefined>;
  text(): Promise<string>;
  bytes(): Promise<Buffer>;
}

/**
 * An HTTP/1.1 stack with a connection pool: undici's (the library's default) or Node's own
 * (what the CLI uses: it loads in a fraction of the time). Failures are thrown with the code of
 * what failed — the socket's (ECONNREFUSED, a TLS code, ...) or, for the reply and connect
 * deadlines, undici's (UND_ERR_CONNECT_TIMEOUT, UND_ERR_HEADERS_TIMEOUT, UND_ERR_BODY_TIMEOUT),
 * which `HttpTransport` turns into its errors.
 */
export interface HttpExchange {
  send(url: URL, request: ExchangeRequest): Promise<ExchangeReply>;
  /**
   * Releases pooled connections, giving requests still in flight a moment; then calls `cut`
   * (which aborts them) and drops every connection, so a server that never answers cannot keep
   * the process alive.
   */
  close(cut?: () => void): Promise<void>;
}
