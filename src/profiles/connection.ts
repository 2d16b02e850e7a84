import type { Dispatcher } from 'undici';
import { basicAuth, bearerAuth, type AuthProvider } from '../client/auth.js';
import { secretHeaderValues } from '../client/redact.js';
import { spnegoAuth } from '../client/spnego.js';
import { basicCredentialForms } from '../text/secret-scrubber.js';
import { tlsAgent, type TlsOptions } from '../client/tls.js';
import { UsageError } from '../errors/cli-error.js';
import type { ServerTarget } from './server-target.js';
import { readPemFile } from './pem-file.js';
import { resolveSecret } from './secrets.js';

type Env = Record<string, string | undefined>;

export interface Connection {
  auth?: AuthProvider;
  /** Every form of the credentials and secret header values, never to be shown (see `Output.protectSecrets`). */
  secrets: string[];
  /** Set for https targets; the caller closes it. */
  dispatcher?: Dispatcher;
}

export interface ConnectionOptions {
  env: Env;
  /** Told once per use of `--insecure`. */
  warn: (message: string) => void;
}

/** The credentials (secrets resolved now) and TLS agent for a resolved target. */
export function openConnection(target: ServerTarget, options: ConnectionOptions): Connection {
  const connection: Connection = { secrets: secretHeaderValues(target.headers) };
  const auth = authProvider(target, options, connection.secrets);
  if (auth) connection.auth = auth;
  if (new URL(target.url).protocol === 'https:') {
    const tls = tlsOptions(target);
    if (target.tls.insecure) {
      options.warn(
        `TLS certificate verification is OFF for ${target.url} (--insecure): the connection is encrypted but anyone on the way can impersonate the server and read your credentials`,
      );
    }
    connection.dispatcher = tlsAgent(tls);
  } else if (target.tls.insecure) {
    options.warn(`--insecure has no effect on ${target.url}: it is plain http, with no TLS to verify`);
  }
  return connection;
}

export function tlsOptions(target: ServerTarget): TlsOptions {
  const { caCert, clientCert, clientKey, insecure } = target.tls;
  if ((clientCert === undefined) !== (clientKey === undefined)) {
    throw new UsageError('a client certificate needs both --client-cert and --client-key');
  }
  return {
    ...(caCert ? { ca: readPemFile(caCert, '--ca-cert', 'certificate') } : {}),
    ...(clientCert ? { cert: readPemFile(clientCert, '--client-cert', 'certificate') } : {}),
    ...(clientKey ? { key: readPemFile(clientKey, '--client-key', 'private key') } : {}),
    rejectUnauthorized: !insecure,
  };
}

/** The provider for the target's authentication; `secrets` gets the resolved credentials. */
function authProvider(target: ServerTarget, options: ConnectionOptions, secrets: string[]): AuthProvider | undefined {
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
      const token = resolveSecret(auth.token.ref, auth.token.what, options.env);
      secrets.push(token);
      return bearerAuth(token);
    }
    case 'kerberos':
      return spnegoAuth(auth.service ? { service: auth.service } : {});
  }
}
