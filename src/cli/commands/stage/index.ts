import type { Command } from 'commander';
import { registerStageGc } from './gc.js';
import { registerStageLs } from './ls.js';

export function registerStage(program: Command): void {
  const stage = program.command('stage').description('list and prune the local files livy submit staged under the stage dir');
  registerStageLs(stage);
  registerStageGc(stage);
}
