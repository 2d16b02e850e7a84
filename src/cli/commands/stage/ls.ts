import type { Command } from 'commander';
import { stagedObjects } from '../../../staging/staged-objects.js';
import { action, addStageDirOptions, leaf } from '../../command-kit.js';
import { renderTable } from '../../../text/table.js';
import { formatBytes } from '../../byte-text.js';
import { openConfiguredStage } from './stage-options.js';
import type { StagingFlags } from './staging-settings.js';

export function registerStageLs(parent: Command): void {
  addStageDirOptions(leaf(parent, 'ls', 'list what is staged under the stage dir'))
    .alias('list')
    .action(
      action<StagingFlags>(async (ctx, options) => {
        const { dir, store, asCliError } = await openConfiguredStage(ctx, options);
        const objects = stagedObjects(await store.list(dir.uri, ctx.signal).catch((e: unknown) => Promise.reject(asCliError(e))), dir);
        const rows = objects.map((o) => ({ uri: o.uri, bytes: o.bytes, modified: o.modified?.toISOString() ?? null }));
        ctx.out.result(rows, () =>
          rows.length === 0
            ? `nothing staged under ${dir.uri}`
            : renderTable(
                ['MODIFIED', 'SIZE', 'URI'],
                rows.map((r) => [r.modified ?? '-', formatBytes(r.bytes), r.uri]),
                { header: (text) => ctx.out.dataStyle.bold(text) },
              ),
        );
      }),
    );
}
