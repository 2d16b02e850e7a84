// undici's index loads all of it — fetch, WebSocket, EventSource, caches, mocks, proxies — about
// 10 MB of memory and tens of ms at start-up that a Livy client never uses. The transport needs
// an Agent and the request API, so it loads those two files alone. (A caller's own dispatcher,
// e.g. `tlsAgent` or a MockAgent, comes from the index; both are the same classes.)
import type { Agent as UndiciAgent, Dispatcher } from 'undici';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import api from 'undici/lib/api/index.js';

export const Agent = AgentClass;
export type Agent = UndiciAgent;

/** undici's `request`, on `dispatcher`, for an absolute URL. */
export function request(
  url: URL,
  options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher },
): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  return api.request.call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}
