import { Agent, request as httpRequest, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { ExchangeReply, ExchangeRequest, HttpExchange } from './http-exchange.js';
import type { TlsOptions } from './tls.js';

export interface NodeHttpExchangeOptions {
  /** For https: the CAs, client certificate and verification, as `tlsAgent` takes them. */
  tls?: TlsOptions;
  /** To open a connection, TLS handshake included. */
  connectMs: number;
}

/** The pool's settings, as the undici pool's: idle connections kept 30 s, at most 8 per server. */
const KEEP_ALIVE_MS = 30_000;
const MAX_SOCKETS = 8;
/** What `close` gives requests still in flight (as `closeOrDestroy`). */
const CLOSE_GRACE_MS = 200;
/** Methods that carry a body, so an empty one is announced with `content-length: 0` (as undici does). */
const PAYLOAD_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The exchange over Node's own http and https modules, which are built into Node: a command's
 * first request goes out tens of ms sooner than through undici, whose ~90 modules are read and
 * compiled at start-up. Requests one after another reuse one kept-alive connection. Multipart
 * bodies (session uploads) go through undici, loaded then.
 */
export function nodeHttpExchange(options: NodeHttpExchangeOptions): HttpExchange {
  let plainAgent: Agent | undefined;
  let secureAgent: Promise<{ agent: HttpsAgent; request: typeof httpRequest }> | undefined;
  let forms: Promise<HttpExchange> | undefined;
  const inFlight = new Set<Promise<void>>();
  let closed = false;

  const agentFor = async (url: URL): Promise<{ agent: Agent; request: typeof httpRequest }> => {
    if (url.protocol !== 'https:') {
      plainAgent ??= new Agent({ keepAlive: true, timeout: KEEP_ALIVE_MS, maxSockets: MAX_SOCKETS });
      return { agent: plainAgent, request: httpRequest };
    }
    secureAgent ??= Promise.all([import('node:https'), import('./trusted-cas.js')]).then(([https, { trustedCas }]) => {
      const tls = options.tls ?? {};
      const agent = new https.Agent({
        keepAlive: true,
        timeout: KEEP_ALIVE_MS,
        maxSockets: MAX_SOCKETS,
        ...(tls.ca !== undefined ? { ca: trustedCas(tls.ca) } : {}),
        ...(tls.cert !== undefined ? { cert: tls.cert } : {}),
        ...(tls.key !== undefined ? { key: tls.key } : {}),
        rejectUnauthorized: tls.rejectUnauthorized ?? true,
      });
      return { agent, request: https.request };
    });
    return secureAgent;
  };

  const formExchange = (): Promise<HttpExchange> =>
    (forms ??= Promise.all([import('./undici-exchange.js'), import('./tls.js')]).then(([{ undiciExchange }, { tlsAgent }]) =>
      undiciExchange(options.tls ? tlsAgent(options.tls) : undefined, options.connectMs, { owned: true }),
    ));

  return {
    async send(url: URL, init: ExchangeRequest): Promise<ExchangeReply> {
      // As undici's closed pool does: nothing more goes out, and a retry would not help.
      if (closed) throw codeError('UND_ERR_DESTROYED', 'the connection pool was closed');
      if (init.body !== undefined && typeof init.body !== 'string') return (await formExchange()).send(url, init);
      const { agent, request } = await agentFor(url);
      let settle!: () => void;
      const done = new Promise<void>((resolve) => (settle = resolve));
      inFlight.add(done);
      void done.then(() => inFlight.delete(done));
      try {
        return await exchange(request, agent, url, init, options.connectMs, settle);
      } catch (error) {
        settle();
        throw error;
      }
    },

    async close(cut?: () => void): Promise<void> {
      closed = true;
      let timer: NodeJS.Timeout | undefined;
      if (inFlight.size > 0) {
        const graceOver = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_GRACE_MS)));
        const finished = await Promise.race([Promise.all(inFlight).then(() => true), graceOver]);
        clearTimeout(timer);
        if (!finished) cut?.();
      }
      plainAgent?.destroy();
      if (secureAgent) (await secureAgent).agent.destroy();
      if (forms) await (await forms).close(cut);
    },
  };
}

function codeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** One request on `agent`; `settle` is called once it is over (reply read, or failed). */
function exchange(
  request: typeof httpRequest,
  agent: Agent,
  url: URL,
  init: ExchangeRequest,
  connectMs: number,
  settle: () => void,
): Promise<ExchangeReply> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body as string));
  else if (PAYLOAD_METHODS.has(init.method)) headers['content-length'] = '0';
  const { signal } = init;
  return new Promise<ExchangeReply>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    // The connect deadline and the reply's (headers, then each chunk of the body) run apart.
    let connectTimer: NodeJS.Timeout | undefined;
    let replyTimer: NodeJS.Timeout | undefined;
    const arm = (ms: number, fail: () => void): void => {
      clearTimeout(replyTimer);
      replyTimer = setTimeout(fail, ms);
    };
    let response: IncomingMessage | undefined;
    const onAbort = (): void => {
      const reason = signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
      if (response) response.destroy(reason);
      else req.destroy(reason);
    };
    const finish = (): void => {
      clearTimeout(connectTimer);
      clearTimeout(replyTimer);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    const requestOptions: RequestOptions = { method: init.method, headers, agent };
    const req: ClientRequest = request(url, requestOptions, (res) => {
      response = res;
      clearTimeout(connectTimer);
      const stalled = (): void => void res.destroy(codeError('UND_ERR_BODY_TIMEOUT', 'Body Timeout Error'));
      arm(init.replyMs, stalled);
      const body = new Promise<Buffer>((resolveBody, rejectBody) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          arm(init.replyMs, stalled);
        });
        res.once('end', () => {
          finish();
          resolveBody(Buffer.concat(chunks));
        });
        res.once('error', (error) => {
          finish();
          rejectBody(error);
        });
        res.once('close', () => {
          if (res.complete) return;
          finish();
          rejectBody(codeError('ECONNRESET', 'the connection closed before the reply was complete'));
        });
      });
      // A reply nobody reads (the caller failed in between) still settles, without an unhandled rejection.
      body.catch(() => undefined);
      resolve({
        statusCode: res.statusCode ?? 0,
        headers: res.headers,
        text: async () => (await body).toString('utf8'),
        bytes: () => body,
      });
    });
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('error', (error) => {
      if (response) return; // the reply's stream reports it
      finish();
      reject(error);
    });
    req.once('socket', (socket) => {
      if (!socket.connecting) return;
      connectTimer = setTimeout(() => void req.destroy(codeError('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error')), connectMs);
      socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer));
    });
    req.once('finish', () => {
      if (!response) arm(init.replyMs, () => void req.destroy(codeError('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error')));
    });
    req.end(init.body);
  });
}
