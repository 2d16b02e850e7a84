import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { readPemFile, type PemContent } from '../../../profiles/pem-file.js';
import type { Profile, SecretRef } from '../../../profiles/schema.js';
import type { CommandContext } from '../../context.js';
import { parseDuration } from '../../../text/duration.js';
import { UsageError } from '../../../errors/cli-error.js';
import { secretHeaderFlagWarning } from '../../header-flag-warning.js';
import { StagingError } from '../../../staging/errors.js';
import { parseStageDir } from '../../../staging/stage-dir.js';
import { checkUrl, parseHeaders } from '../../../profiles/server-target.js';

/** The flags of `profile add` and `profile edit`. */
export interface ProfileSettings {
  url?: string;
  auth?: Profile['auth'];
  user?: string;
  passwordStdin?: boolean;
  passwordEnv?: string;
  passwordCommand?: string;
  tokenStdin?: boolean;
  tokenEnv?: string;
  tokenCommand?: string;
  kerberosService?: string;
  caCert?: string;
  clientCert?: string;
  clientKey?: string;
  insecure?: boolean;
  header?: string[];
  proxyUser?: string;
  defaultKind?: string;
  conf?: string[];
  requestTimeout?: string;
  stageDir?: string;
  webhdfsUrl?: string;
  s3Endpoint?: string;
  s3Region?: string;
  unset?: string[];
}

/** The secrets the flags give, read now (standard input is read once); see `applySettings`. */
export interface GivenSecrets {
  password?: SecretRef;
  token?: SecretRef;
}

/** Reads the secrets the flags give: from stdin when asked, else as references. */
export async function readGivenSecrets(ctx: CommandContext, s: ProfileSettings): Promise<GivenSecrets> {
  const password = await secretFrom(ctx, 'password', s.passwordStdin, s.passwordEnv, s.passwordCommand);
  const token = await secretFrom(ctx, 'token', s.tokenStdin, s.tokenEnv, s.tokenCommand);
  return { ...(password ? { password } : {}), ...(token ? { token } : {}) };
}

/**
 * Applies the flags to a profile (a copy). Synchronous, so that `profile edit` can apply them
 * under the profiles lock to the profile as it is then.
 */
export function applySettings(ctx: CommandContext, base: Partial<Profile>, s: ProfileSettings, secrets: GivenSecrets): Partial<Profile> {
  const profile: Partial<Profile> = { ...base };
  for (const field of s.unset ?? []) unset(profile, field);

  if (s.url !== undefined) profile.url = checkUrl(s.url, '--url');
  if (s.user !== undefined) profile.user = s.user;
  const { password, token } = secrets;
  if (password) profile.password = password;
  if (token) profile.token = token;
  if (s.kerberosService !== undefined) profile.kerberosService = s.kerberosService;
  if (s.caCert !== undefined) profile.caCert = pemFile(ctx, s.caCert, '--ca-cert', 'certificate');
  if (s.clientCert !== undefined) profile.clientCert = pemFile(ctx, s.clientCert, '--client-cert', 'certificate');
  if (s.clientKey !== undefined) profile.clientKey = pemFile(ctx, s.clientKey, '--client-key', 'private key');
  if (s.insecure === true) profile.insecure = true;
  if (s.insecure === false) delete profile.insecure;
  if (s.header?.length) {
    profile.headers = { ...(profile.headers ?? {}), ...parseHeaders(s.header) };
    const headerWarning = secretHeaderFlagWarning(s.header, { saved: true });
    if (headerWarning) ctx.out.warn(headerWarning);
  }
  if (s.proxyUser !== undefined) profile.proxyUser = s.proxyUser;
  if (s.defaultKind !== undefined) profile.defaultKind = s.defaultKind;
  if (s.requestTimeout !== undefined) {
    parseDuration(s.requestTimeout, '--request-timeout');
    profile.requestTimeout = s.requestTimeout;
  }
  if (s.conf?.length) profile.conf = { ...(profile.conf ?? {}), ...parseConf(s.conf) };
  if (s.stageDir !== undefined) profile.stageDir = checkStageDir(s.stageDir);
  if (s.webhdfsUrl !== undefined) profile.webhdfsUrl = checkUrl(s.webhdfsUrl, '--webhdfs-url');
  if (s.s3Endpoint !== undefined) profile.s3Endpoint = checkUrl(s.s3Endpoint, '--s3-endpoint');
  if (s.s3Region !== undefined) profile.s3Region = s.s3Region;

  // The auth type: as given, else implied by the credentials given, else unchanged.
  if (s.auth !== undefined) profile.auth = s.auth;
  else if (token) profile.auth = 'bearer';
  else if (password || (s.user !== undefined && (profile.auth ?? 'none') === 'none')) profile.auth = 'basic';
  profile.auth ??= 'none';
  checkConsistent(profile);
  return profile;
}

function unset(profile: Partial<Profile>, field: string): void {
  const key =
    (
      {
        'kerberos-service': 'kerberosService',
        'ca-cert': 'caCert',
        'client-cert': 'clientCert',
        'proxy-user': 'proxyUser',
        'default-kind': 'defaultKind',
        'request-timeout': 'requestTimeout',
        'stage-dir': 'stageDir',
        'webhdfs-url': 'webhdfsUrl',
        's3-endpoint': 's3Endpoint',
        's3-region': 's3Region',
      } as Record<string, keyof Profile>
    )[field] ?? (field as keyof Profile);
  delete profile[key];
  if (field === 'client-cert') delete profile.clientKey;
}

async function secretFrom(
  ctx: CommandContext,
  what: 'password' | 'token',
  stdin: boolean | undefined,
  env: string | undefined,
  command: string | undefined,
): Promise<SecretRef | undefined> {
  const given = [
    stdin ? `--${what}-stdin` : undefined,
    env !== undefined ? `--${what}-env` : undefined,
    command !== undefined ? `--${what}-command` : undefined,
  ].filter((x): x is string => x !== undefined);
  if (given.length > 1) throw new UsageError(`give only one of ${given.join(', ')}`);
  if (env !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(env)) throw new UsageError(`--${what}-env: '${env}' is not an environment variable name`);
    return { from: 'env', name: env };
  }
  if (command !== undefined) {
    if (command.trim() === '') throw new UsageError(`--${what}-command needs a command`);
    return { from: 'command', command };
  }
  if (!stdin) return undefined;
  if (ctx.io.stdin.isTTY) {
    throw new UsageError(
      `--${what}-stdin reads the ${what} from a pipe, not a terminal`,
      `e.g. printf '%s' "$SECRET" | livy profile add … --${what}-stdin (or use --${what}-env / --${what}-command)`,
    );
  }
  let text = '';
  for await (const chunk of ctx.io.stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  const value = text.replace(/\r?\n$/, '');
  if (value === '') throw new UsageError(`--${what}-stdin: standard input was empty`);
  return { from: 'stored', value };
}

/** The absolute path of a PEM file that exists and holds what `flag` needs (checked now, not at first use). */
function pemFile(ctx: CommandContext, file: string, flag: string, wanted: PemContent): string {
  const path = isAbsolute(file) ? file : resolve(ctx.io.cwd, file);
  if (!existsSync(path)) throw new UsageError(`${flag}: no such file '${file}'`);
  readPemFile(path, flag, wanted);
  return path;
}

/** A stage dir URI, checked as submit would check it (hdfs:// or s3a://). */
function checkStageDir(raw: string): string {
  try {
    return parseStageDir(raw, '--stage-dir').uri;
  } catch (error) {
    if (error instanceof StagingError) throw new UsageError(error.message, error.hint);
    throw error;
  }
}

function parseConf(values: readonly string[]): Record<string, string> {
  const conf: Record<string, string> = {};
  for (const raw of values) {
    const eq = raw.indexOf('=');
    if (eq <= 0) throw new UsageError(`--conf '${raw}' must look like key=value`);
    conf[raw.slice(0, eq).trim()] = raw.slice(eq + 1);
  }
  return conf;
}

function checkConsistent(p: Partial<Profile>): void {
  if (p.auth === 'basic' && !p.user)
    throw new UsageError('--auth basic needs --user', 'and the password with --password-env, --password-command or --password-stdin');
  if (p.auth === 'bearer' && !p.token)
    throw new UsageError('--auth bearer needs a token', 'give --token-env VAR, --token-command CMD or --token-stdin');
  if (p.auth !== 'basic' && p.password) throw new UsageError(`a password is only used with --auth basic (this profile: ${p.auth})`);
  if (p.auth !== 'bearer' && p.token) throw new UsageError(`a token is only used with --auth bearer (this profile: ${p.auth})`);
  if ((p.clientCert === undefined) !== (p.clientKey === undefined))
    throw new UsageError('a client certificate needs both --client-cert and --client-key');
}
