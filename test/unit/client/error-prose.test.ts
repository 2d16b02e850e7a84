import { describe, expect, it } from 'vitest';
import { kerberosFailureOf, livyMessageSays, offeredAuthSchemes } from '../../../src/client/error-prose.js';

describe("Livy's error messages", () => {
  it('a missing X-Requested-By header (CSRF filter)', () => {
    expect(livyMessageSays('Missing Required Header for CSRF protection.', 'csrf-header-missing')).toBe(true);
  });

  it('a server busy creating sessions', () => {
    expect(livyMessageSays('Rejected, too many sessions are being created!', 'too-many-sessions')).toBe(true);
  });

  it('a refused LDAP bind', () => {
    expect(livyMessageSays('Error validating LDAP user', 'credentials-refused')).toBe(true);
  });

  it('a refused authentication in general words', () => {
    expect(livyMessageSays('Authentication failed: bad password', 'credentials-refused')).toBe(true);
  });

  it('a refused impersonation', () => {
    expect(livyMessageSays("User 'alice' not allowed to impersonate 'bob'.", 'impersonation-refused')).toBe(true);
  });

  it('a refused proxy user', () => {
    expect(livyMessageSays('proxy user is not allowed', 'impersonation-refused')).toBe(true);
  });

  it("a session that isn't active", () => {
    expect(livyMessageSays("requirement failed: Session isn't active.", 'session-gone')).toBe(true);
  });

  it('a session in a final state', () => {
    expect(livyMessageSays('java.lang.IllegalStateException: Session is in state dead', 'session-gone')).toBe(true);
  });

  it('a session shutting down', () => {
    expect(livyMessageSays('java.lang.IllegalStateException: Session is in state shutting_down', 'session-gone')).toBe(true);
  });

  it('a session still starting is not gone', () => {
    expect(livyMessageSays('java.lang.IllegalStateException: Session is in state starting', 'session-gone')).toBe(false);
  });

  it('a duplicate name means none of these', () => {
    const message = "requirement failed: Duplicate session name: Some(job) for session 3";
    expect((['csrf-header-missing', 'too-many-sessions', 'credentials-refused', 'impersonation-refused', 'session-gone'] as const).filter((m) => livyMessageSays(message, m))).toEqual([]);
  });
});

describe("the Kerberos library's errors", () => {
  it('no ticket in the cache', () => {
    expect(kerberosFailureOf('No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_1000)')).toBe('no-ticket');
  });

  it('no credentials cache file', () => {
    expect(kerberosFailureOf('Credentials cache file /tmp/krb5cc_0 not found')).toBe('no-ticket');
  });

  it('an expired ticket', () => {
    expect(kerberosFailureOf('Ticket expired')).toBe('ticket-expired');
  });

  it('a service the KDC does not know', () => {
    expect(kerberosFailureOf('Server not found in Kerberos database')).toBe('unknown-service');
  });

  it('anything else is not classified', () => {
    expect(kerberosFailureOf('Clock skew too great')).toBeUndefined();
  });
});

describe('WWW-Authenticate schemes', () => {
  it('lists the offered schemes in order, lower-case', () => {
    expect(offeredAuthSchemes('Negotiate, Basic realm="livy", Bearer')).toEqual(['negotiate', 'basic', 'bearer']);
  });

  it('skips a scheme\'s parameters', () => {
    expect(offeredAuthSchemes('Basic realm="livy", charset="UTF-8"')).toEqual(['basic']);
  });

  it('a Negotiate challenge that carries a token', () => {
    expect(offeredAuthSchemes('Negotiate oRQwEqADCgEAoQsGCSqGSIb3EgECAg==')).toEqual(['negotiate']);
  });

  it('no header offers nothing', () => {
    expect(offeredAuthSchemes(undefined)).toEqual([]);
  });
});
