import type { Dispatcher } from 'undici';
import { closeOrDestroy } from './close-dispatcher.js';
import type { ExchangeReply, ExchangeRequest, HttpExchange } from './http-exchange.js';
import { Agent, request } from './undici-core.js';

/**
 * The exchange over an undici dispatcher: the one given (a MockAgent in tests, `tlsAgent`), which
 * its owner closes unless `owned`, or a pool of its own, closed with the exchange.
 */
export function undiciExchange(dispatcher: Dispatcher | undefined, connectMs: number, { owned = !dispatcher } = {}): HttpExchange {
  const pool = dispatcher ?? new Agent({ keepAliveTimeout: 30_000, connections: 8, connect: { timeout: connectMs } });
  return {
    async send(url: URL, init: ExchangeRequest): Promise<ExchangeReply> {
      const response = await request(url, {
        method: init.method as Dispatcher.HttpMethod,
        headers: init.headers,
        body: init.body as Dispatcher.DispatchOptions['body'],
        dispatcher: pool,
        signal: init.signal,
        headersTimeout: init.replyMs,
        bodyTimeout: init.replyMs,
      });
      return {
        statusCode: response.statusCode,
        headers: response.headers,
        text: () => response.body.text(),
        bytes: async () => Buffer.from(await response.body.arrayBuffer()),
      };
    },
    close: (cut) => closeOrDestroy(owned ? pool : undefined, cut),
  };
}
