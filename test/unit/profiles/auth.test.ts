import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpTransport } from '../../../src/client/http-transport.js';
import { LivyAuthError, spnegoAuth, spnegoService, type KerberosModule } from '../../../src/client/spnego.js';
import { describeError } from '../../../src/cli/report-error.js';
import { LivyHttpError } from '../../../src/client/errors.js';
import { FakeLivy } from '../../support/fake-livy.js';

let fake: FakeLivy;
beforeEach(async () => {
  fake = await new FakeLivy().start();
});
afterEach(async () => {
  await fake.stop();
});

function fakeKerberos(behaviour: { fail?: string } = {}): KerberosModule & { services: string[] } {
  const services: string[] = [];
  let n = 0;
  return {
    services,
    GSS_MECH_OID_SPNEGO: 6,
    async initializeClient(service) {
      services.push(service);
      return {
        async step() {
          if (behaviour.fail) throw new Error(behaviour.fail);
          return Buffer.from(`token-${++n}`).toString('base64');
        },
      };
    },
  };
}

/** A SPNEGO-protected /version like Hadoop's AuthenticationFilter. */
function negotiateRoute(): void {
  fake.on('GET', '/version', (req) =>
    /^Negotiate \S+/.test(String(req.headers.authorization ?? ''))
      ? { json: { version: '0.9.0' } }
      : { status: 401, body: 'Authentication required', headers: { 'www-authenticate': 'Negotiate' } },
  );
}

describe('SPNEGO', () => {
  it('answers a Negotiate challenge once, for HTTP@host, then sends tokens up front', async () => {
    negotiateRoute();
    const kerberos = fakeKerberos();
    const http = new HttpTransport({
      url: fake.url.replace('127.0.0.1', 'localhost'),
      auth: spnegoAuth({ loadKerberos: async () => kerberos }),
    });
    await http.call('GET', '/version');
    await http.call('GET', '/version');
    await http.close();
    expect(fake.requests.map((r) => r.headers.authorization ?? '-')).toEqual(['-', 'Negotiate dG9rZW4tMQ==', 'Negotiate dG9rZW4tMg==']);
    expect(kerberos.services).toEqual(['HTTP@localhost', 'HTTP@localhost']);
  });

  it('uses an explicit service name', async () => {
    negotiateRoute();
    const kerberos = fakeKerberos();
    const http = new HttpTransport({
      url: fake.url,
      auth: spnegoAuth({ service: 'HTTP@livy.example.com', loadKerberos: async () => kerberos }),
    });
    await http.call('GET', '/version');
    await http.close();
    expect(kerberos.services).toEqual(['HTTP@livy.example.com']);
    expect(spnegoService(new URL('https://[::1]:8443/x'))).toBe('HTTP@::1');
  });

  it('says to run kinit when there is no ticket', async () => {
    negotiateRoute();
    const kerberos = fakeKerberos({
      fail: 'Miscellaneous failure (see text): No Kerberos credentials available (default cache: FILE:/tmp/krb5cc_0)',
    });
    const http = new HttpTransport({ url: fake.url, auth: spnegoAuth({ loadKerberos: async () => kerberos }) });
    const error = await http.call('GET', '/version').catch((e: unknown) => e);
    await http.close();
    expect(error).toBeInstanceOf(LivyAuthError);
    const report = describeError(error, fake.url);
    expect(report).toMatchObject({ exitCode: 3, message: expect.stringMatching(/no Kerberos ticket/) });
    expect(report.hint).toMatch(/kinit/);
  });

  it('recognises the GSSAPI wording of a missing ticket too', async () => {
    negotiateRoute();
    const kerberos = fakeKerberos({
      fail: 'No credentials were supplied, or the credentials were unavailable or inaccessible: SPNEGO cannot find mechanisms to negotiate',
    });
    const http = new HttpTransport({ url: fake.url, auth: spnegoAuth({ loadKerberos: async () => kerberos }) });
    const error = await http.call('GET', '/version').catch((e: unknown) => e);
    await http.close();
    expect((error as LivyAuthError).hint).toMatch(/kinit/);
  });

  it('does not answer other schemes, and reports a refused token as 401 Negotiate', async () => {
    fake.on('GET', '/version', { status: 401, body: 'no', headers: { 'www-authenticate': 'Negotiate' } });
    const http = new HttpTransport({ url: fake.url, auth: spnegoAuth({ loadKerberos: async () => fakeKerberos() }) });
    const error = await http.call('GET', '/version').catch((e: unknown) => e);
    await http.close();
    expect(fake.requests).toHaveLength(2); // one retry only
    expect(describeError(error, fake.url).hint).toMatch(/kinit/);
  });

  it('explains a missing kerberos package', async () => {
    negotiateRoute();
    const http = new HttpTransport({
      url: fake.url,
      auth: spnegoAuth({
        loadKerberos: async () => {
          throw new LivyAuthError('Kerberos (SPNEGO) authentication needs the optional "kerberos" package', 'npm install kerberos');
        },
      }),
    });
    const error = await http.call('GET', '/version').catch((e: unknown) => e);
    await http.close();
    expect(describeError(error, fake.url)).toMatchObject({ exitCode: 3, hint: 'npm install kerberos' });
  });
});

describe('error reports for secured servers', () => {
  it('401 names the scheme offered and what to do', () => {
    const basic = describeError(new LivyHttpError(401, '', 'GET', '/batches', { 'www-authenticate': 'Basic realm="livy"' }), 'u');
    expect(basic.message).toMatch(/it offers: Basic/);
    expect(basic.hint).toMatch(/LIVY_USER\/LIVY_PASSWORD/);
    expect(describeError(new LivyHttpError(401, '', 'GET', '/x', { 'www-authenticate': 'Negotiate' }), 'u').hint).toMatch(/kinit/);
  });

  it("403 from Livy's LDAP handler reads as a refused password", () => {
    const r = describeError(new LivyHttpError(403, 'Error validating LDAP user', 'GET', '/batches'), 'u');
    expect(r.message).toBe('Livy refused the user name or password (HTTP 403): Error validating LDAP user');
    expect(r.exitCode).toBe(3);
  });

  it('403 for impersonation is readable', () => {
    const r = describeError(new LivyHttpError(403, 'User alice not allowed to impersonate bob.', 'POST', '/batches'), 'u');
    expect(r.message).toMatch(/does not let your account act as another user/);
    expect(r.hint).toMatch(/--proxy-user/);
  });
});
