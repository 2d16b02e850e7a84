import type { Command } from 'commander';
import { registerBatches } from './batches/index.js';
import { registerCompletion } from './completion.js';
import { registerLocal } from './local/index.js';
import { registerProfile } from './profile/index.js';
import { registerRepl } from './repl.js';
import { registerRun } from './run.js';
import { registerSessions } from './sessions/index.js';
import { registerStage } from './stage/index.js';
import { registerSubmit } from './submit.js';

/** The command registry: one line per top-level command. */
export function registerCommands(program: Command): void {
  registerSubmit(program);
  registerBatches(program);
  registerLocal(program);
  registerRepl(program);
  registerRun(program);
  registerSessions(program);
  registerProfile(program);
  registerStage(program);
  registerCompletion(program);
}
