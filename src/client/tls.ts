import { checkServerIdentity, connect, type PeerCertificate } from 'node:tls';
import { trustedCas } from './trusted-cas.js';
import { Agent } from './undici-core.js';

/** TLS settings for talking to Livy over https. */
export interface TlsOptions {
  /** PEM CA certificate(s) trusted in addition to Node's built-in roots. */
  ca?: string | readonly string[];
  /** PEM client certificate and key, for servers that ask for one. */
  cert?: string;
  key?: string;
  /** Verification of the server's certificate; false only for an explicit `--insecure`. */
  rejectUnauthorized?: boolean;
}

/** An undici dispatcher for `HttpTransport`'s `dispatcher` option. The caller closes it. */
export function tlsAgent(options: TlsOptions): Agent {
  return new Agent({
    keepAliveTimeout: 30_000,
    connections: 8,
    connect: {
      ...(options.ca !== undefined ? { ca: trustedCas(options.ca) } : {}),
      ...(options.cert !== undefined ? { cert: options.cert } : {}),
      ...(options.key !== undefined ? { key: options.key } : {}),
      rejectUnauthorized: options.rejectUnauthorized ?? true,
    },
  });
}

/** What a TLS handshake showed of the server, for diagnostics. */
export interface CertificateReport {
  /** Whether the chain and host name check out with the given trust settings. */
  authorized: boolean;
  /** OpenSSL/Node code when not authorized: `DEPTH_ZERO_SELF_SIGNED_CERT`, `CERT_HAS_EXPIRED`, `ERR_TLS_CERT_ALTNAME_INVALID`... */
  authorizationError?: string;
  protocol?: string;
  cipher?: string;
  subject?: string;
  issuer?: string;
  subjectAltName?: string;
  validFrom?: string;
  validTo?: string;
  fingerprint256?: string;
}

/**
 * Connects to `url`'s host and port over TLS without sending a request and reports the
 * certificate: subject, issuer, validity and whether it verifies.
 */
export function inspectCertificate(url: URL, options: TlsOptions = {}, timeoutMs = 10_000): Promise<CertificateReport> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      ...(isIp ? {} : { servername: host }),
      ...(options.ca !== undefined ? { ca: trustedCas(options.ca) } : {}),
      ...(options.cert !== undefined ? { cert: options.cert } : {}),
      ...(options.key !== undefined ? { key: options.key } : {}),
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    socket.once('secureConnect', () => {
      const cert = socket.getPeerCertificate();
      let authorizationError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
      if (socket.authorized) {
        // The chain is fine; the host name is checked separately, as a client would.
        const mismatch = checkServerIdentity(host, cert);
        if (mismatch) authorizationError = (mismatch as { code?: string }).code ?? 'ERR_TLS_CERT_ALTNAME_INVALID';
      }
      const cipher = socket.getCipher();
      resolve({
        authorized: authorizationError === undefined,
        ...(authorizationError ? { authorizationError } : {}),
        protocol: socket.getProtocol() ?? undefined,
        cipher: cipher?.name,
        ...describeCertificate(cert),
      });
      socket.end();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(Object.assign(new Error(`TLS handshake with ${host}:${port} timed out`), { code: 'ETIMEDOUT' }));
    });
    socket.once('error', reject);
  });
}

function describeCertificate(cert: PeerCertificate): Partial<CertificateReport> {
  if (!cert || Object.keys(cert).length === 0) return {};
  return {
    subject: distinguishedName(cert.subject),
    issuer: distinguishedName(cert.issuer),
    ...(cert.subjectaltname ? { subjectAltName: cert.subjectaltname } : {}),
    validFrom: cert.valid_from,
    validTo: cert.valid_to,
    fingerprint256: cert.fingerprint256,
  };
}

function distinguishedName(name: PeerCertificate['subject'] | undefined): string | undefined {
  if (!name) return undefined;
  return Object.entries(name)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}
