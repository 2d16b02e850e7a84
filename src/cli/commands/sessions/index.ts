import type { Command } from 'commander';
import { registerSessionsGet } from './get.js';
import { registerSessionsKill } from './kill.js';
import { registerSessionsList } from './list.js';
import { registerSessionsLogs } from './logs.js';
import { registerSessionsState } from './state.js';
import { registerSessionsStatements } from './statements.js';

export function registerSessions(program: Command): void {
  const sessions = program
    .command('sessions')
    .alias('session')
    .description('inspect interactive sessions, their logs and statements, and kill them');
  registerSessionsList(sessions);
  registerSessionsGet(sessions);
  registerSessionsState(sessions);
  registerSessionsLogs(sessions);
  registerSessionsStatements(sessions);
  registerSessionsKill(sessions);
}
