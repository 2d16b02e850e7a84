import type { LivyClientOptions } from '../../../src/client/livy-client.js';
import { LivyClient } from '../../../src/client/livy-client.js';
import { nodeHttpExchange } from '../../../src/client/node-http-exchange.js';

/** The two HTTP stacks the transport runs on: undici's (the library's default) and Node's (the CLI's). */
export const HTTP_STACKS = ['undici', 'node:http'] as const;
export type HttpStack = (typeof HTTP_STACKS)[number];

/** A client on `stack`; its `close` also closes the exchange it was given. */
export function clientOn(stack: HttpStack, options: LivyClientOptions): LivyClient {
  if (stack === 'undici') return new LivyClient(options);
  const exchange = nodeHttpExchange({ connectMs: options.timeouts?.connectMs ?? 10_000 });
  const client = new LivyClient({ ...options, exchange });
  const close = client.close.bind(client);
  client.close = async () => {
    await close();
    await exchange.close();
  };
  return client;
}
