/**
 * spark-submit refuses `--proxy-user` together with `--principal` (or a spark.kerberos.principal /
 * spark.yarn.principal conf). It checks its own command line only; with livy the proxy user and
 * the conf may also come from a profile or LIVY_PROXY_USER, which are merged after translation,
 * so the same check runs again on the merged request.
 */
import { UsageError } from '../errors/cli-error.js';
import type { OptionOccurrence } from './parse-argv.js';

const PRINCIPAL_KEYS = ['spark.kerberos.principal', 'spark.yarn.principal'] as const;

export interface MergedImpersonation {
  readonly proxyUser?: string | null;
  readonly conf?: Readonly<Record<string, string>>;
}

/** Where each part came from, for the message (`--proxy-user`, `LIVY_PROXY_USER`, `profile 'prod'`). */
export interface ImpersonationSources {
  readonly proxyUser: string;
  readonly principal: (key: string) => string;
}

/**
 * The sources of a request merged with its defaults: what the command line gave (`command`, the
 * translated request before the merge, and its options), else LIVY_PROXY_USER or the profile.
 */
export function impersonationSources(
  command: MergedImpersonation,
  options: readonly OptionOccurrence[],
  env: NodeJS.ProcessEnv,
  profileName: string | undefined,
): ImpersonationSources {
  const profile = `profile '${profileName ?? ''}'`;
  return {
    proxyUser: command.proxyUser ? '--proxy-user' : env.LIVY_PROXY_USER ? 'LIVY_PROXY_USER' : profile,
    principal: (key) =>
      command.conf?.[key] === undefined
        ? profile
        : options.some((o) => o.name === '--principal')
          ? '--principal'
          : '--conf or a properties file',
  };
}

export function checkProxyUserAndPrincipal(request: MergedImpersonation, sources: ImpersonationSources): void {
  const proxyUser = request.proxyUser;
  if (proxyUser === undefined || proxyUser === null || proxyUser === '') return;
  const key = PRINCIPAL_KEYS.find((k) => request.conf?.[k] !== undefined);
  if (!key) return;
  throw new UsageError(
    `Only one of --proxy-user or --principal can be provided: proxy user '${proxyUser}' (from ${sources.proxyUser}) ` +
      `and ${key}=${request.conf![key]} (from ${sources.principal(key)})`,
    'Livy impersonates the proxy user itself; drop the principal, or unset the proxy user for this job',
  );
}
