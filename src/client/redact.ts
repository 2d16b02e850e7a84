/** Keeps secrets out of anything shown to a person: `--verbose`, `--dry-run`, debug logs. */

export const REDACTED = '***';

const SECRET_HEADER = /authorization|cookie|token|secret|password|api-?key/i;
// Spark's own default for `spark.redaction.regex`.
const SECRET_CONF_KEY = /secret|password|token|access[.]key/i;

/** Whether a header's value is a secret by its name (Authorization, Cookie, X-Api-Key, …). */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** The values of the secret-looking headers, with and without their scheme (`Bearer …`). */
export function secretHeaderValues(headers: Record<string, string>): string[] {
  return Object.entries(headers).flatMap(([name, value]) =>
    isSecretHeader(name) ? [value, value.replace(/^(Basic|Bearer|Negotiate)\s+/i, '')] : [],
  );
}

export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) redacted[name] = isSecretHeader(name) ? REDACTED : value;
  return redacted;
}

/** A copy of Spark conf whose secret-looking values are replaced by `***`. */
export function redactConf<T>(conf: Record<string, T>): Record<string, T | typeof REDACTED> {
  const redacted: Record<string, T | typeof REDACTED> = {};
  for (const [key, value] of Object.entries(conf)) redacted[key] = SECRET_CONF_KEY.test(key) ? REDACTED : value;
  return redacted;
}

/** A copy of a request body whose secret-looking `conf` values are replaced by `***`. */
export function redactBody<T>(body: T): T {
  if (!body || typeof body !== 'object' || !('conf' in body)) return body;
  const conf = (body as { conf?: unknown }).conf;
  if (!conf || typeof conf !== 'object') return body;
  return { ...body, conf: redactConf(conf as Record<string, unknown>) };
}
