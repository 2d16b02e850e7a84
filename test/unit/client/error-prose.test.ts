import { describe, expect, it } from 'vitest';
import { kerberosFailureOf, livyMessageSays, offeredAuthSchemes, type LivyMessageMeaning } from '../../../src/client/error-prose.js';

const MEANINGS: readonly LivyMessageMeaning[] = [
  'csrf-header-missing',
  'too-many-sessions',
  'credentials-refused',
  'impersonation-refused',
  'session-gone',
];

describe("Livy's error messages", () => {
  // Each phrase this CLI acts on, as Livy (or a proxy in front of it) words it, and the one meaning it has.
  it.each<[string, LivyMessageMeaning]>([
    ['Missing Required Header for CSRF protection.', 'csrf-header-missing'],
    ['Rejected, too many sessions are being created!', 'too-many-sessions'],
    ['Error validating LDAP user', 'credentials-refused'],
    ['Authentication failed: bad password', 'credentials-refused'],
    ["User 'alice' not allowed to impersonate 'bob'.", 'impersonation-refused'],
    ['proxy user is not allowed', 'impersonation-refused'],
    ["requirement failed: Session isn't active.", 'session-gone'],
    ['java.lang.IllegalStateException: Session is in state dead', 'session-gone'],
    ['java.lang.IllegalStateException: Session is in state shutting_down', 'session-gone'],
  ])('%s → %s, and nothing else', (message, meaning) => {
    expect(MEANINGS.filter((m) => livyMessageSays(message, m))).toEqual([meaning]);
  });

  it.each([
    'java.lang.IllegalStateException: Session is in state starting',
    'requirement failed: Duplicate session name: Some(job) for session 3',
  ])('%s means none of them', (message) => {
    expect(MEANINGS.filter((m) => livyMessageSays(message, m))).toEqual([]);
  });
});

describe("the Kerberos library's errors", () => {
  it.each([
    ['No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_1000)', 'no-ticket'],
    ['Credentials cache file /tmp/krb5cc_0 not found', 'no-ticket'],
    ['Ticket expired', 'ticket-expired'],
    ['Server not found in Kerberos database', 'unknown-service'],
    ['Clock skew too great', undefined],
  ])('%s → %s', (message, failure) => {
    expect(kerberosFailureOf(message)).toBe(failure);
  });
});

describe('WWW-Authenticate schemes', () => {
  it.each<[string | undefined, string[]]>([
    ['Negotiate, Basic realm="livy", Bearer', ['negotiate', 'basic', 'bearer']],
    ['Basic realm="livy", charset="UTF-8"', ['basic']],
    ['Negotiate oRQwEqADCgEAoQsGCSqGSIb3EgECAg==', ['negotiate']],
    [undefined, []],
  ])('%s offers %j', (header, schemes) => {
    expect(offeredAuthSchemes(header)).toEqual(schemes);
  });
});
