import type { AuthProvider } from './auth.js';
import { kerberosFailureOf, offeredAuthSchemes } from './error-prose.js';
import { LivyError } from './errors.js';

/** Authentication could not even be attempted: no Kerberos ticket, a missing module... */
export class LivyAuthError extends LivyError {
  constructor(message: string, hint?: string, options?: ErrorOptions) {
    super(message, { ...options, kind: 'auth', ...(hint !== undefined ? { hint } : {}) });
    this.name = 'LivyAuthError';
  }
}

/** The part of the `kerberos` npm package this module uses. */
export interface KerberosModule {
  initializeClient(service: string, options?: { mechOID?: unknown }): Promise<{ step(challenge: string): Promise<string> }>;
  GSS_MECH_OID_SPNEGO?: unknown;
}

export interface SpnegoOptions {
  /** GSSAPI host-based service name; default `HTTP@<host of the request URL>`. */
  service?: string;
  /** Loads the GSSAPI binding; default: the optional `kerberos` package. */
  loadKerberos?: () => Promise<KerberosModule>;
}

/** The GSSAPI service name for a URL: `HTTP@host`, as Hadoop's SPNEGO filter expects. */
export function spnegoService(url: URL): string {
  return `HTTP@${url.hostname.replace(/^\[|\]$/g, '')}`;
}

async function loadKerberosPackage(): Promise<KerberosModule> {
  const specifier = 'kerberos'; // optional native dependency: not resolved at build time
  try {
    const module = (await import(specifier)) as KerberosModule & { default?: KerberosModule };
    return module.default ?? module;
  } catch (error) {
    throw new LivyAuthError(
      'Kerberos (SPNEGO) authentication needs the optional "kerberos" package, which is not installed or did not build',
      'install it next to livy (npm install kerberos; it builds against libkrb5: apt-get install libkrb5-dev)',
      { cause: error },
    );
  }
}

/**
 * Kerberos SPNEGO (`Authorization: Negotiate …`) from the user's ticket cache (`kinit`), as
 * Livy's `livy.server.auth.type = kerberos` expects. The first request goes without a token; on a
 * 401 offering `Negotiate` a token is made and the request sent once more, and later requests
 * carry a fresh token from the start.
 */
export function spnegoAuth(options: SpnegoOptions = {}): AuthProvider {
  const load = options.loadKerberos ?? loadKerberosPackage;
  let kerberos: Promise<KerberosModule> | undefined;
  let negotiating = false;

  const token = async (url: URL): Promise<string> => {
    kerberos ??= load();
    const module = await kerberos;
    const service = options.service ?? spnegoService(url);
    try {
      const client = await module.initializeClient(
        service,
        module.GSS_MECH_OID_SPNEGO !== undefined ? { mechOID: module.GSS_MECH_OID_SPNEGO } : {},
      );
      return await client.step('');
    } catch (error) {
      throw kerberosError(error, service);
    }
  };

  return {
    async headers({ url }): Promise<Record<string, string>> {
      return negotiating ? { authorization: `Negotiate ${await token(url)}` } : {};
    },
    async onChallenge({ wwwAuthenticate }) {
      if (!offeredAuthSchemes(wwwAuthenticate).includes('negotiate')) return false;
      if (negotiating) return true; // the token sent was refused: one fresh try
      negotiating = true;
      return true;
    },
  };
}

function kerberosError(error: unknown, service: string): LivyAuthError {
  const message = error instanceof Error ? error.message : String(error);
  const failure = kerberosFailureOf(message);
  if (failure === 'no-ticket') {
    return new LivyAuthError(
      `no Kerberos ticket to authenticate to ${service}`,
      'run `kinit` (then `klist` shows the ticket) and try again',
      {
        cause: error,
      },
    );
  }
  if (failure === 'ticket-expired') {
    return new LivyAuthError(`the Kerberos ticket has expired (service ${service})`, 'run `kinit` again', { cause: error });
  }
  if (failure === 'unknown-service') {
    return new LivyAuthError(
      `the Kerberos KDC does not know the service ${service}`,
      "the URL's host must be the name in Livy's HTTP principal; use that host name, or set the service with 'livy profile edit NAME --kerberos-service HTTP@host'",
      { cause: error },
    );
  }
  return new LivyAuthError(`Kerberos (SPNEGO) failed for ${service}: ${message}`, 'check the ticket with `klist`', { cause: error });
}
