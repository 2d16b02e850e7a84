import type { TlsOptions } from '../client/tls.js';
import { UsageError } from '../errors/cli-error.js';
import { readPemFile } from './pem-file.js';
import type { ServerTarget } from './server-target.js';

/** The target's TLS settings with its PEM files read and checked. */
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
