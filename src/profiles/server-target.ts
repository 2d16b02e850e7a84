import { existsSync } from 'node:fs';
import type { Profile, ProfileFile, SecretRef } from './schema.js';
import { UsageError } from '../errors/cli-error.js';

export const DEFAULT_URL = 'http://127.0.0.1:8998';

/** Where a secret comes from, resolved only when a request needs it (never for `--dry-run`). */
export type SecretSource = { ref: SecretRef; what: string };

export type AuthSettings =
  | { type: 'none' }
  | { type: 'basic'; user: string | undefined; password: SecretSource | undefined }
  | { type: 'bearer'; token: SecretSource | undefined }
  | { type: 'kerberos'; service: string | undefined };

export interface TlsSettings {
  caCert?: string;
  clientCert?: string;
  clientKey?: string;
  /** Certificate verification off (`--insecure`): warned about on every use. */
  insecure: boolean;
}

/** Which Livy server a command talks to, and how. */
export interface ServerTarget {
  url: string;
  headers: Record<string, string>;
  /** Where the URL came from, for messages. */
  source: 'flag' | 'env' | 'profile' | 'default';
  /** The profile in use, and how it was selected. */
  profile?: { name: string; selectedBy: 'flag' | 'env' | 'current'; builtin: boolean };
  auth: AuthSettings;
  tls: TlsSettings;
  /** Request defaults: merged under what a command gives (see `applyRequestDefaults`). */
  proxyUser?: string;
  conf: Record<string, string>;
  defaultKind?: string;
  /** The profile's deadline of each request (a duration), under `--request-timeout` and LIVY_REQUEST_TIMEOUT. */
  requestTimeout?: string;
  /** Things to tell the user once (stderr). */
  notes: string[];
}

export interface ServerFlags {
  url?: string;
  header?: string[];
  profile?: string;
  caCert?: string;
  insecure?: boolean;
}

/** The profiles the resolver may pick from, already read (see `CommandContext`). */
export interface ProfileSource {
  data?: ProfileFile;
  /** A broken profiles file: rethrown when a profile would be needed. */
  error?: unknown;
  /** The built-in `local` profile: the running `livy local` server, if any. */
  local?: () => { url: string } | undefined;
}

/**
 * Resolves the server and how to talk to it. Each setting comes from the first of: command-line
 * flags, `LIVY_*` environment variables, the selected profile (`--profile`, else `LIVY_PROFILE`,
 * else the one chosen with `livy profile use`), the defaults.
 *
 * A profile selected only through `livy profile use` is ignored when `--url` or `LIVY_URL` name
 * the server: its credentials are never sent to a server it does not describe.
 */
export function resolveServerTarget(flags: ServerFlags, env: NodeJS.ProcessEnv, profiles: ProfileSource = {}): ServerTarget {
  const notes: string[] = [];
  const flagHeaders = parseHeaders(flags.header ?? []);
  const urlFlag = flags.url ? checkUrl(flags.url, '--url') : undefined;
  const urlEnv = env.LIVY_URL ? checkUrl(env.LIVY_URL, 'LIVY_URL') : undefined;

  let selected = selectProfile(flags, env, profiles, Boolean(urlFlag || urlEnv));
  if (selected && selected.selectedBy === 'current' && (urlFlag || urlEnv)) {
    notes.push(`not using profile '${selected.name}' (chosen with 'livy profile use'): ${urlFlag ? '--url' : 'LIVY_URL'} names the server`);
    selected = undefined;
  } else if (selected && !urlFlag && urlEnv) {
    notes.push(`LIVY_URL overrides the URL of profile '${selected.name}'`);
  }
  const profile = selected?.profile;

  const url = urlFlag ?? urlEnv ?? profile?.url ?? DEFAULT_URL;
  const source: ServerTarget['source'] = urlFlag ? 'flag' : urlEnv ? 'env' : profile ? 'profile' : 'default';
  const headers = mergeHeaders(profile?.headers ?? {}, flagHeaders);

  const caCert = flags.caCert ?? (env.LIVY_CA_CERT || undefined) ?? profile?.caCert;
  if (flags.caCert && !existsSync(flags.caCert)) throw new UsageError(`--ca-cert: no such file '${flags.caCert}'`);
  const tls: TlsSettings = {
    ...(caCert ? { caCert } : {}),
    ...(profile?.clientCert ? { clientCert: profile.clientCert } : {}),
    ...(profile?.clientKey ? { clientKey: profile.clientKey } : {}),
    insecure: flags.insecure === true || profile?.insecure === true,
  };

  return {
    url,
    headers,
    source,
    ...(selected ? { profile: { name: selected.name, selectedBy: selected.selectedBy, builtin: selected.builtin } } : {}),
    auth: resolveAuth(env, profile, selected?.name),
    tls,
    ...(env.LIVY_PROXY_USER || profile?.proxyUser ? { proxyUser: env.LIVY_PROXY_USER || profile?.proxyUser } : {}),
    conf: { ...(profile?.conf ?? {}) },
    ...(profile?.defaultKind ? { defaultKind: profile.defaultKind } : {}),
    ...(profile?.requestTimeout ? { requestTimeout: profile.requestTimeout } : {}),
    notes,
  };
}

interface SelectedProfile {
  name: string;
  profile: Profile;
  selectedBy: 'flag' | 'env' | 'current';
  builtin: boolean;
}

function selectProfile(
  flags: ServerFlags,
  env: NodeJS.ProcessEnv,
  profiles: ProfileSource,
  urlGiven: boolean,
): SelectedProfile | undefined {
  const selection: [string, SelectedProfile['selectedBy']] | undefined = flags.profile
    ? [flags.profile, 'flag']
    : env.LIVY_PROFILE
      ? [env.LIVY_PROFILE, 'env']
      : undefined;
  // A broken file matters only when a profile is asked for, or might be the current one.
  if (profiles.error && (selection || !urlGiven)) throw profiles.error;
  const [name, selectedBy] = selection ?? (profiles.data?.current ? [profiles.data.current, 'current' as const] : [undefined, undefined]);
  if (name === undefined || selectedBy === undefined) return undefined;

  const stored = profiles.data && Object.hasOwn(profiles.data.profiles, name) ? profiles.data.profiles[name] : undefined;
  if (stored) return { name, profile: stored, selectedBy, builtin: false };
  if (name === 'local') {
    const local = profiles.local?.();
    if (!local) {
      throw new UsageError("profile 'local': no local Livy server is running", "start one with 'livy local start'");
    }
    return { name, profile: { url: local.url, auth: 'none' }, selectedBy, builtin: true };
  }
  const known = Object.keys(profiles.data?.profiles ?? {});
  const where = selectedBy === 'flag' ? '--profile' : selectedBy === 'env' ? 'LIVY_PROFILE' : "'livy profile use'";
  throw new UsageError(
    `no profile named '${name}' (from ${where})`,
    known.length ? `known profiles: ${[...known, 'local'].join(', ')}` : "create one with 'livy profile add NAME --url URL'",
  );
}

function resolveAuth(env: NodeJS.ProcessEnv, profile: Profile | undefined, name: string | undefined): AuthSettings {
  const of = name ? `profile '${name}'` : 'this server';
  if (env.LIVY_TOKEN) return { type: 'bearer', token: { ref: { from: 'env', name: 'LIVY_TOKEN' }, what: 'the token (LIVY_TOKEN)' } };
  if (env.LIVY_PASSWORD) {
    return {
      type: 'basic',
      user: env.LIVY_USER || profile?.user || undefined,
      password: { ref: { from: 'env', name: 'LIVY_PASSWORD' }, what: 'the password (LIVY_PASSWORD)' },
    };
  }
  const type = env.LIVY_AUTH || profile?.auth || 'none';
  switch (type) {
    case 'none':
      return { type: 'none' };
    case 'basic':
      return {
        type: 'basic',
        user: env.LIVY_USER || profile?.user,
        password: profile?.password ? { ref: profile.password, what: `the password of ${of}` } : undefined,
      };
    case 'bearer':
      return { type: 'bearer', token: profile?.token ? { ref: profile.token, what: `the token of ${of}` } : undefined };
    case 'kerberos':
      return { type: 'kerberos', service: env.LIVY_KERBEROS_SERVICE || profile?.kerberosService };
    default:
      throw new UsageError(`LIVY_AUTH must be one of none, basic, kerberos, bearer; got '${type}'`);
  }
}

function mergeHeaders(base: Record<string, string>, overrides: Record<string, string>): Record<string, string> {
  const merged: Record<string, string> = {};
  const byLower = new Map<string, string>();
  for (const [name, value] of [...Object.entries(base), ...Object.entries(overrides)]) {
    const previous = byLower.get(name.toLowerCase());
    if (previous !== undefined) delete merged[previous];
    byLower.set(name.toLowerCase(), name);
    merged[name] = value;
  }
  return merged;
}

export function checkUrl(raw: string, where: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${where}: '${raw}' is not a URL`, 'use something like http://livy-host:8998');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`${where}: '${raw}' must be an http:// or https:// URL`);
  }
  // Credentials in a URL would be shown by every message that names the server, and are
  // not sent anyway: say where they belong instead.
  if (url.username || url.password) {
    throw new UsageError(
      `${where} must not contain a user name or password`,
      'use --auth basic with a profile, or LIVY_USER and LIVY_PASSWORD',
    );
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
