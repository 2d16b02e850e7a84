/**
 * Where and how to stage local files, each setting from the first of: the command's flag, a
 * `LIVY_*` environment variable, the selected profile.
 */
import type { Profile } from '../../../profiles/schema.js';
import { StagingError } from '../../../staging/errors.js';
import type { HdfsSettings } from '../../../staging/hdfs/hdfs-settings.js';
import type { S3Settings } from '../../../staging/s3/s3-settings.js';
import { parseStageDir, type StageDir } from '../../../staging/stage-dir.js';
import type { CommandContext } from '../../context.js';

export interface StagingFlags {
  stageDir?: string;
  webhdfsUrl?: string;
  s3Endpoint?: string;
  s3PathStyle?: boolean;
}

export interface StagingSettings {
  /** Undefined: nothing is staged (today's behaviour). */
  readonly dir?: StageDir;
  readonly s3: S3Settings;
  readonly hdfs: HdfsSettings;
}

/** Where the `livy local --cluster yarn` HDFS takes staged files when nothing else is set. */
export interface LocalClusterStage {
  readonly stageDir: string;
  readonly webhdfsUrl: string;
  readonly user: string;
}

/** How the command authenticates to and trusts the server: WebHDFS does the same. */
export interface ServerSecurity {
  readonly kerberos: boolean;
  readonly tls?: HdfsSettings['tls'];
}

function booleanEnv(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new TypeError(`${name} must be true or false, got '${value}'`);
}

/** The stored profile the command uses, if any (the built-in `local` one has no settings). */
export function selectedProfile(ctx: CommandContext): Profile | undefined {
  const selected = ctx.target().profile;
  if (!selected || selected.builtin) return undefined;
  const profiles = ctx.profileSource.data?.profiles;
  return profiles && Object.hasOwn(profiles, selected.name) ? profiles[selected.name] : undefined;
}

export function resolveStagingSettings(
  flags: StagingFlags,
  env: NodeJS.ProcessEnv,
  profile: Profile | undefined,
  context: { localCluster?: LocalClusterStage; server?: ServerSecurity } = {},
): StagingSettings {
  const local = context.localCluster;
  const [raw, what] =
    flags.stageDir !== undefined
      ? [flags.stageDir, '--stage-dir']
      : env.LIVY_STAGE_DIR
        ? [env.LIVY_STAGE_DIR, 'LIVY_STAGE_DIR']
        : profile?.stageDir !== undefined
          ? [profile.stageDir, "the profile's stageDir"]
          : local
            ? [local.stageDir, "the local cluster's HDFS"]
            : [undefined, ''];
  const onLocalCluster = local !== undefined && raw === local.stageDir;
  const webhdfsUrl =
    flags.webhdfsUrl ?? (env.LIVY_WEBHDFS_URL || undefined) ?? profile?.webhdfsUrl ?? (onLocalCluster ? local.webhdfsUrl : undefined);
  if (webhdfsUrl !== undefined)
    checkHttpUrl(
      webhdfsUrl,
      flags.webhdfsUrl !== undefined ? '--webhdfs-url' : env.LIVY_WEBHDFS_URL ? 'LIVY_WEBHDFS_URL' : "the profile's webhdfsUrl",
    );
  const server = context.server;
  const hdfs: HdfsSettings = {
    ...(webhdfsUrl !== undefined ? { webhdfsUrl } : {}),
    ...(onLocalCluster ? { user: local.user } : {}),
    ...(server?.kerberos ? { kerberos: true } : {}),
    ...(server?.tls ? { tls: server.tls } : {}),
  };
  const endpoint = flags.s3Endpoint ?? (env.LIVY_S3_ENDPOINT || undefined) ?? profile?.s3Endpoint;
  const pathStyle = flags.s3PathStyle ?? booleanEnv(env.LIVY_S3_PATH_STYLE, 'LIVY_S3_PATH_STYLE') ?? profile?.s3PathStyle;
  const region = profile?.s3Region;
  return {
    ...(raw !== undefined ? { dir: parseStageDir(raw, what) } : {}),
    s3: { ...(endpoint ? { endpoint } : {}), ...(pathStyle !== undefined ? { pathStyle } : {}), ...(region ? { region } : {}) },
    hdfs,
  };
}

function checkHttpUrl(value: string, what: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new StagingError(
      `${what} must be an http:// or https:// URL, got '${value}'`,
      'input',
      'e.g. http://namenode:9870 (WebHDFS) or http://httpfs:14000 (HttpFS)',
    );
  }
}
