import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import type { StagingFlags } from './staging-settings.js';

/** The stage dir and its opened store; a usage error when none is set. */
export async function openConfiguredStage(ctx: CommandContext, flags: StagingFlags) {
  const { stagingSettingsFor, asCliError, openStoreFor } = await import('./submit-staging.js');
  const settings = stagingSettingsFor(ctx, flags);
  if (!settings.dir) {
    throw new UsageError(
      'no stage dir set',
      "give --stage-dir hdfs://namenode:8020/dir or s3a://bucket/prefix, set LIVY_STAGE_DIR, or set the profile's stage dir (livy profile edit NAME --stage-dir URI)",
    );
  }
  const dir = settings.dir;
  try {
    return { dir, store: await openStoreFor(ctx, dir, settings), asCliError };
  } catch (error) {
    throw asCliError(error);
  }
}
