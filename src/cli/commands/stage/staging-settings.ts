/**
 * Where and how to stage local files, each setting from the first of: the command's flag, a
 * `LIVY_*` environment variable, the selected profile.
 */
import type { Profile } from '../../../profiles/schema.js';
import type { S3Settings } from '../../../staging/s3/s3-settings.js';
import { parseStageDir, type StageDir } from '../../../staging/stage-dir.js';
import type { CommandContext } from '../../context.js';

export interface StagingFlags {
  stageDir?: string;
  s3Endpoint?: string;
  s3PathStyle?: boolean;
}

export interface StagingSettings {
  /** Undefined: nothing is staged (today's behaviour). */
  readonly dir?: StageDir;
  readonly s3: S3Settings;
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

export function resolveStagingSettings(flags: StagingFlags, env: NodeJS.ProcessEnv, profile: Profile | undefined): StagingSettings {
  const [raw, what] =
    flags.stageDir !== undefined
      ? [flags.stageDir, '--stage-dir']
      : env.LIVY_STAGE_DIR
        ? [env.LIVY_STAGE_DIR, 'LIVY_STAGE_DIR']
        : profile?.stageDir !== undefined
          ? [profile.stageDir, "the profile's stageDir"]
          : [undefined, ''];
  const endpoint = flags.s3Endpoint ?? (env.LIVY_S3_ENDPOINT || undefined) ?? profile?.s3Endpoint;
  const pathStyle = flags.s3PathStyle ?? booleanEnv(env.LIVY_S3_PATH_STYLE, 'LIVY_S3_PATH_STYLE') ?? profile?.s3PathStyle;
  const region = profile?.s3Region;
  return {
    ...(raw !== undefined ? { dir: parseStageDir(raw, what) } : {}),
    s3: { ...(endpoint ? { endpoint } : {}), ...(pathStyle !== undefined ? { pathStyle } : {}), ...(region ? { region } : {}) },
  };
}
