/** What a known secret is replaced with wherever it would be shown. */
const SCRUBBED = '***';

/**
 * Secrets shorter than this are not scrubbed: replacing every "ab" in every message would make
 * output unreadable, and protects nothing a guess would not find.
 */
const MIN_SCRUBBED_LENGTH = 4;

/**
 * Remembers the secret values this run knows (tokens, passwords, Basic credentials, secret
 * header values) and replaces each of them in any text about to be shown, also in the forms a
 * server echoing them back would use: JSON-escaped and percent-encoded.
 */
export class SecretScrubber {
  /** Every form of every secret, longest first so that a secret inside another goes with it. */
  private forms: string[] = [];

  add(...secrets: readonly (string | undefined)[]): void {
    const forms = new Set(this.forms);
    for (const secret of secrets) {
      if (secret === undefined || secret.length < MIN_SCRUBBED_LENGTH) continue;
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(encodeURIComponent(secret));
    }
    this.forms = [...forms].sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.forms.length === 0;
  }

  scrub(text: string): string {
    let scrubbed = text;
    for (const form of this.forms) if (scrubbed.includes(form)) scrubbed = scrubbed.split(form).join(SCRUBBED);
    return scrubbed;
  }

  /** A copy of a JSON-like value with every string (keys included) scrubbed. */
  scrubValue<T>(value: T): T {
    if (this.empty) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === 'string') return this.scrub(value);
    if (Array.isArray(value)) return value.map((item) => this.walk(item));
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [this.scrub(key), this.walk(item)]));
    }
    return value;
  }
}

/** The forms HTTP Basic credentials take: the password, `user:password`, and its base64. */
export function basicCredentialForms(user: string, password: string): string[] {
  const pair = `${user}:${password}`;
  return [password, pair, Buffer.from(pair, 'utf8').toString('base64')];
}
