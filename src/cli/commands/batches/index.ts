import type { Command } from 'commander';
import { registerBatchesGet } from './get.js';
import { registerBatchesKill } from './kill.js';
import { registerBatchesList } from './list.js';
import { registerBatchesLogs } from './logs.js';
import { registerBatchesState } from './state.js';
import { registerBatchesWait } from './wait.js';

export function registerBatches(program: Command): void {
  const batches = program.command('batches').alias('batch').description('inspect, follow, wait for and kill batches');
  registerBatchesList(batches);
  registerBatchesGet(batches);
  registerBatchesState(batches);
  registerBatchesLogs(batches);
  registerBatchesWait(batches);
  registerBatchesKill(batches);
}
