import { rootCertificates } from 'node:tls';

/**
 * The CA list for Node's `ca` option with `extra` trusted besides the built-in roots: the option
 * replaces the roots, so an added CA must not lock out the rest. Undefined when nothing is added.
 */
export function trustedCas(extra: string | readonly string[] | undefined): string[] | undefined {
  if (extra === undefined) return undefined;
  return [...rootCertificates, ...(typeof extra === 'string' ? [extra] : extra)];
}
