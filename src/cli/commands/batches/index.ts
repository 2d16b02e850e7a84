import type { Command } from 'commander';
import {
  registerResourceGet,
  registerResourceKill,
  registerResourceList,
  registerResourceLogs,
  registerResourceState,
} from '../resource/resource-commands.js';
import { BATCH_RESOURCE } from './batch-resource.js';
import { registerBatchesWait } from './wait.js';

export function registerBatches(program: Command): void {
  const batches = program.command('batches').alias('batch').description('inspect, follow, wait for and kill batches');
  registerResourceList(batches, BATCH_RESOURCE);
  registerResourceGet(batches, BATCH_RESOURCE);
  registerResourceState(batches, BATCH_RESOURCE);
  registerResourceLogs(batches, BATCH_RESOURCE);
  registerBatchesWait(batches);
  registerResourceKill(batches, BATCH_RESOURCE);
}
