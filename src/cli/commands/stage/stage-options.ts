import type { Command } from 'commander';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import type { StagingFlags } from './staging-settings.js';

/** The options that say where the stage dir is, shared by `stage ls` and `stage gc`. */
export function addStageDirOptions(command: Command): Command {
  return command
    .option('--stage-dir <uri>', "stage dir (env LIVY_STAGE_DIR; default: the profile's stageDir, or the HDFS of 'livy local --cluster yarn')")
    .option('--webhdfs-url <url>', "WebHDFS/HttpFS address for an hdfs:// stage dir (env LIVY_WEBHDFS_URL; default: the profile's webhdfsUrl, else http://<NameNode host>:9870)")
    .option('--s3-endpoint <url>', "S3-compatible endpoint (env LIVY_S3_ENDPOINT; default: the profile's s3Endpoint)")
    .option('--s3-path-style', 'address buckets in the path (the default with a custom endpoint)');
}

/** The stage dir and its opened store; a usage error when none is set. */
export async function openConfiguredStage(ctx: CommandContext, flags: StagingFlags) {
  const { stagingSettingsFor, asCliError, openStoreFor } = await import('./submit-staging.js');
  const settings = stagingSettingsFor(ctx, flags);
  if (!settings.dir) {
    throw new UsageError('no stage dir set', "give --stage-dir hdfs://namenode:8020/dir or s3a://bucket/prefix, set LIVY_STAGE_DIR, or set the profile's stage dir (livy profile edit NAME --stage-dir URI)");
  }
  const dir = settings.dir;
  try {
    return { dir, store: await openStoreFor(ctx, dir, settings), asCliError };
  } catch (error) {
    throw asCliError(error);
  }
}
