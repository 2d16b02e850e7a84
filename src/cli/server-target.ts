import { UsageError } from './errors.js';

export const DEFAULT_URL = 'http://127.0.0.1:8998';

/** Which Livy server a command talks to, and how. */
export interface ServerTarget {
  url: string;
  headers: Record<string, string>;
  /** Where the URL came from, for messages. */
  source: 'flag' | 'env' | 'default';
}

export interface ServerFlags {
  url?: string;
  header?: string[];
}

export function resolveServerTarget(flags: ServerFlags, env: NodeJS.ProcessEnv): ServerTarget {
  const headers = parseHeaders(flags.header ?? []);
  if (flags.url) return { url: checkUrl(flags.url, '--url'), headers, source: 'flag' };
  if (env.LIVY_URL) return { url: checkUrl(env.LIVY_URL, 'LIVY_URL'), headers, source: 'env' };
  return { url: DEFAULT_URL, headers, source: 'default' };
}

function checkUrl(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${where}: '${raw}' is not a URL`, 'use something like http://livy-host:8998');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${where}: '${raw}' must be an http:// or https:// URL`);
  }
  return raw;
}

/** `--header "Name: value"` (repeatable) into a header map. */
export function parseHeaders(values: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const raw of values) {
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).trim() : '';
    if (!name || !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
      throw new UsageError(`--header '${raw}' must look like 'Name: value'`);
    }
    headers[name] = raw.slice(colon + 1).trim();
  }
  return headers;
}
