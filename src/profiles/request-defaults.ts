/** Request fields a profile (or `LIVY_PROXY_USER`) gives defaults for. */
export interface RequestDefaults {
  proxyUser?: string;
  conf?: Record<string, string>;
}

/**
 * Merges a profile's defaults under a batch or session request: the request's own `proxyUser`
 * wins, and its `conf` entries win key by key over the profile's.
 */
export function applyRequestDefaults<T extends { proxyUser?: string | null; conf?: Record<string, string> }>(
  request: T,
  defaults: RequestDefaults,
): T {
  const merged: T = { ...request };
  if ((request.proxyUser === undefined || request.proxyUser === null) && defaults.proxyUser) merged.proxyUser = defaults.proxyUser;
  const conf = { ...(defaults.conf ?? {}), ...(request.conf ?? {}) };
  if (Object.keys(conf).length > 0) merged.conf = conf;
  return merged;
}
