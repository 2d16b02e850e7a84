import type { Command } from 'commander';
import { objectsOlderThan, stagedObjects } from '../../../staging/staged-objects.js';
import { action, addStageDirOptions, leaf } from '../../command-kit.js';
import { parseDuration } from '../../../text/duration.js';
import { formatBytes } from '../../byte-text.js';
import { openConfiguredStage } from './stage-options.js';
import type { StagingFlags } from './staging-settings.js';

interface GcOptions extends StagingFlags {
  olderThan: string;
  dryRun?: boolean;
}

export function registerStageGc(parent: Command): void {
  addStageDirOptions(leaf(parent, 'gc', 'remove staged files last written longer ago than --older-than'))
    .option('--older-than <duration>', 'age of what is removed (e.g. 12h, 7d)', '7d')
    .option('--dry-run', 'list what would be removed, remove nothing')
    .action(
      action<GcOptions>(async (ctx, options) => {
        const maxAgeMs = parseDuration(options.olderThan, '--older-than');
        const { dir, store, asCliError } = await openConfiguredStage(ctx, options);
        const cutoff = new Date(Date.now() - maxAgeMs);
        try {
          const expired = objectsOlderThan(stagedObjects(await store.list(dir.uri, ctx.signal), dir), cutoff);
          if (!options.dryRun) for (const object of expired) await store.remove(object.uri, ctx.signal);
          const bytes = expired.reduce((sum, o) => sum + o.bytes, 0);
          ctx.out.result(
            {
              removed: options.dryRun ? [] : expired.map((o) => o.uri),
              wouldRemove: options.dryRun ? expired.map((o) => o.uri) : [],
              bytes,
            },
            () =>
              [
                ...expired.map((o) => `${options.dryRun ? 'would remove' : 'removed'} ${o.uri}`),
                `${options.dryRun ? 'would remove' : 'removed'} ${expired.length} staged file(s) (${formatBytes(bytes)}) older than ${options.olderThan}`,
              ].join('\n'),
          );
        } catch (error) {
          throw asCliError(error);
        }
      }),
    );
}
