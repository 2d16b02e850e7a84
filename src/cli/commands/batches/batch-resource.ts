import type { Batch } from '../../../client/schemas.js';
import type { LogsOptions, ResourceSpec } from '../resource/resource-commands.js';

interface BatchLogsOptions extends LogsOptions {
  driver?: boolean;
}

/** Batches as a resource of the list/get/state/kill/logs commands. */
export const BATCH_RESOURCE: ResourceSpec<Batch, BatchLogsOptions> = {
  noun: 'batch',
  plural: 'batches',
  api: (client) => client.batches,
  columns: [
    ['ID', (b) => b.id],
    ['NAME', (b) => b.name],
    ['STATE', (b) => b.state],
    ['APP ID', (b) => b.appId],
    ['OWNER', (b) => b.proxyUser ?? b.owner],
  ],
  killDescription: 'kill a batch and remove it from the server',
  logs: {
    followDescription: 'keep printing new lines until the batch ends',
    addOptions: (command) =>
      command.option('--driver', "the driver's complete stdout and stderr from its YARN container, not what Livy kept"),
    follow: async (ctx, client, batch, options) => {
      const { followBatchLog } = await import('../../batch/follow-batch-log.js');
      return followBatchLog(ctx, client, batch, { driverLog: options.driver });
    },
    printInstead: async (ctx, client, batch, options) => {
      if (!options.driver) return false;
      const { printDriverLog } = await import('../../batch/print-driver-log.js');
      return printDriverLog(ctx, client, batch);
    },
  },
};
