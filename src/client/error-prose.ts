/**
 * What the prose of an error means, where nothing else tells: Livy answers different failures
 * with the same status and tells them apart only in its message, and the Kerberos library
 * reports every failure as one error type. This is the one place that reads such text.
 */

/** What a Livy error reply's message says happened. */
export type LivyMessageMeaning =
  /** 400 "Missing Required Header for CSRF protection." (a proxy dropped X-Requested-By). */
  | 'csrf-header-missing'
  /** 400 "Rejected, too many sessions are being created!": the server is busy, try again. */
  | 'too-many-sessions'
  /** 403 from Livy's LDAP handler: the user name or password is wrong. */
  | 'credentials-refused'
  /** 403 "User 'alice' not allowed to impersonate 'bob'." */
  | 'impersonation-refused'
  /** "Session '3' isn't active", or "Session is in state dead": the session can no longer run code. */
  | 'session-gone';

const LIVY_MEANINGS: Record<LivyMessageMeaning, RegExp> = {
  'csrf-header-missing': /CSRF/i,
  'too-many-sessions': /too many sessions/i,
  'credentials-refused': /LDAP|authenticat|credential|password/i,
  'impersonation-refused': /impersonat|proxy ?user|doAs/i,
  'session-gone': /isn't active|not active|Session is in state (dead|error|killed|shutting_down|success)\b/i,
};

/** Whether a Livy error message says this. */
export function livyMessageSays(message: string, meaning: LivyMessageMeaning): boolean {
  return LIVY_MEANINGS[meaning].test(message);
}

/** Why the Kerberos library could not make a SPNEGO token. */
export type KerberosFailure = 'no-ticket' | 'ticket-expired' | 'unknown-service';

const KERBEROS_FAILURES: readonly (readonly [KerberosFailure, RegExp])[] = [
  [
    'no-ticket',
    /No Kerberos credentials|No credentials were supplied|credentials were unavailable|No credentials cache|credentials cache .*not found|No such file or directory|Credentials cache file/i,
  ],
  ['ticket-expired', /expired/i],
  ['unknown-service', /not found in Kerberos database/i],
];

export function kerberosFailureOf(message: string): KerberosFailure | undefined {
  return KERBEROS_FAILURES.find(([, pattern]) => pattern.test(message))?.[0];
}

/**
 * The authentication schemes a `WWW-Authenticate` header offers, lower-case, in order:
 * `Negotiate, Basic realm="livy"` → ['negotiate', 'basic'].
 */
export function offeredAuthSchemes(wwwAuthenticate: string | undefined): string[] {
  if (!wwwAuthenticate) return [];
  return wwwAuthenticate
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter((token) => /^[A-Za-z][\w.+-]*$/.test(token))
    .map((token) => token.toLowerCase());
}
