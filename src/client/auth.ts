/**
 * Supplies credentials for each request. Implementations (basic, bearer,
 * SPNEGO) live beside the client; the transport only calls this interface.
 */
export interface AuthProvider {
  /** Headers to add to a request, e.g. `{ authorization: 'Basic …' }`. */
  headers(request: { method: string; url: URL }): Promise<Record<string, string>> | Record<string, string>;
  /**
   * Called once when the server answers 401. Return true to have the request
   * sent again (with fresh `headers()`), e.g. after a SPNEGO handshake.
   */
  onChallenge?(challenge: { wwwAuthenticate: string | undefined; url: URL }): Promise<boolean>;
}

/** HTTP Basic, as Livy's LDAP authentication expects. */
export function basicAuth(user: string, password: string): AuthProvider {
  const value = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  return { headers: () => ({ authorization: value }) };
}

/** A bearer token, for gateways and proxies in front of Livy. */
export function bearerAuth(token: string): AuthProvider {
  return { headers: () => ({ authorization: `Bearer ${token}` }) };
}
