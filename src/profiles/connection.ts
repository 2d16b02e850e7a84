import { basicAuth, bearerAuth, type AuthProvider } from '../client/auth.js';
import type { HttpExchange } from '../client/http-exchange.js';
import { nodeHttpExchange } from '../client/node-http-exchange.js';
import { secretHeaderValues } from '../client/redact.js';
import { spnegoAuth } from '../client/spnego.js';
import { DEFAULT_TIMEOUTS } from '../client/timeouts.js';
import { basicCredentialForms } from '../text/secret-scrubber.js';
import type { TlsOptions } from '../client/tls.js';
import { UsageError } from '../errors/cli-error.js';
import type { ServerTarget } from './server-target.js';

type Env = Record<string, string | undefined>;

export interface Connection {
  auth?: AuthProvider;
  /** Every form of the credentials and secret header values, never to be shown (see `Output.protectSecrets`). */
  secrets: string[];
  /** The HTTP stack with the target's TLS settings; the caller closes it. */
  exchange: HttpExchange;
}

export interface ConnectionOptions {
  env: Env;
  /** Told once per use of `--insecure`. */
  warn: (message: string) => void;
  /** The deadline to open a connection (default 10 s). */
  connectMs?: number;
}

/**
 * The credentials (secrets resolved now) and the HTTP stack (with its TLS settings) for a resolved
 * target. What only some targets need (secrets, certificates) is loaded for those.
 */
export async function openConnection(target: ServerTarget, options: ConnectionOptions): Promise<Connection> {
  const secrets = secretHeaderValues(target.headers);
  const auth = await authProvider(target, options, secrets);
  let tls: TlsOptions | undefined;
  if (new URL(target.url).protocol === 'https:') {
    tls = (await import('./tls-options.js')).tlsOptions(target);
    if (target.tls.insecure) {
      options.warn(
        `TLS certificate verification is OFF for ${target.url} (--insecure): the connection is encrypted but anyone on the way can impersonate the server and read your credentials`,
      );
    }
  } else if (target.tls.insecure) {
    options.warn(`--insecure has no effect on ${target.url}: it is plain http, with no TLS to verify`);
  }
  const exchange = nodeHttpExchange({ ...(tls ? { tls } : {}), connectMs: options.connectMs ?? DEFAULT_TIMEOUTS.connectMs });
  return { secrets, exchange, ...(auth ? { auth } : {}) };
}

/** The provider for the target's authentication; `secrets` gets the resolved credentials. */
async function authProvider(target: ServerTarget, options: ConnectionOptions, secrets: string[]): Promise<AuthProvider | undefined> {
  const auth = target.auth;
  const where = target.profile ? `profile '${target.profile.name}'` : 'this server';
  switch (auth.type) {
    case 'none':
      return undefined;
    case 'basic': {
      if (!auth.user) throw new UsageError(`basic authentication for ${where} needs a user`, "set LIVY_USER, or the profile's --user");
      if (!auth.password) {
        throw new UsageError(
          `basic authentication for ${where} needs a password`,
          'set LIVY_PASSWORD, or give the profile --password-env VAR, --password-command CMD or --password-stdin',
        );
      }
      const { resolveSecret } = await import('./secrets.js');
      const password = resolveSecret(auth.password.ref, auth.password.what, options.env);
      secrets.push(...basicCredentialForms(auth.user, password));
      return basicAuth(auth.user, password);
    }
    case 'bearer': {
      if (!auth.token) {
        throw new UsageError(
          `bearer authentication for ${where} needs a token`,
          'set LIVY_TOKEN, or give the profile --token-env, --token-command or --token-stdin',
        );
      }
      const { resolveSecret } = await import('./secrets.js');
      const token = resolveSecret(auth.token.ref, auth.token.what, options.env);
      secrets.push(token);
      return bearerAuth(token);
    }
    case 'kerberos':
      return spnegoAuth(auth.service ? { service: auth.service } : {});
  }
}
