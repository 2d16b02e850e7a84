import { X509Certificate } from 'node:crypto';
import { UsageError } from '../errors/cli-error.js';
import { describeBytes, InputTooLargeError, readTextFileBounded } from '../text/read-bounded.js';

/** Far beyond any CA bundle (the system's holds about 150 certificates in 200 KiB). */
const MAX_PEM_BYTES = 4 * 1024 * 1024;

export type PemContent = 'certificate' | 'private key';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * Reads a PEM file given for `flag` and checks it holds what that flag needs: certificates
 * (each one parsed) for a CA or client certificate, a private key for a client key. A key
 * given as a CA, or a certificate request (CSR) given as a certificate, is refused.
 */
export function readPemFile(file: string, flag: string, wanted: PemContent): string {
  let text: string;
  try {
    text = readTextFileBounded(file, MAX_PEM_BYTES);
  } catch (error) {
    if (error instanceof InputTooLargeError)
      throw new UsageError(`${flag} ${file} is larger than ${describeBytes(MAX_PEM_BYTES)}: not a PEM file`);
    throw new UsageError(`${flag}: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const blocks = [...text.matchAll(BLOCK)].map((match) => ({ label: match[1]!, pem: match[0] }));
  if (blocks.length === 0) {
    throw new UsageError(`${flag} ${file} is not PEM`, 'convert it, e.g. openssl x509 -inform der -in FILE -out FILE.pem');
  }
  const keys = blocks.filter((block) => /PRIVATE KEY$/.test(block.label));
  const certificates = blocks.filter((block) => /^(X509 |TRUSTED )?CERTIFICATE$/.test(block.label));
  if (wanted === 'private key') {
    if (keys.length === 0) throw new UsageError(`${flag} ${file} holds no private key (it has: ${labels(blocks)})`);
    return text;
  }
  if (keys.length > 0) {
    throw new UsageError(
      `${flag} ${file} holds a private key, not ${flag === '--ca-cert' ? 'a CA certificate' : 'only a certificate'}`,
      flag === '--ca-cert'
        ? 'give the certificate of the CA that signed the server certificate; a key never leaves its machine'
        : 'give the key with --client-key',
    );
  }
  if (certificates.length === 0) {
    const request = blocks.some((block) => /CERTIFICATE REQUEST$/.test(block.label));
    throw new UsageError(
      `${flag} ${file} holds ${request ? 'a certificate request (CSR), not a certificate' : `no certificate (it has: ${labels(blocks)})`}`,
      request ? 'give the certificate the CA issued for that request' : undefined,
    );
  }
  for (const certificate of certificates) {
    try {
      new X509Certificate(certificate.pem);
    } catch (error) {
      throw new UsageError(`${flag} ${file} holds a certificate that does not parse: ${(error as Error).message}`);
    }
  }
  return text;
}

function labels(blocks: readonly { label: string }[]): string {
  return [...new Set(blocks.map((block) => block.label))].join(', ');
}
