import type { Command } from 'commander';
import {
  registerResourceGet,
  registerResourceKill,
  registerResourceList,
  registerResourceLogs,
  registerResourceState,
} from '../resource/resource-commands.js';
import { SESSION_RESOURCE } from './session-resource.js';
import { registerSessionsStatements } from './statements.js';

export function registerSessions(program: Command): void {
  const sessions = program
    .command('sessions')
    .alias('session')
    .description('inspect interactive sessions, their logs and statements, and kill them');
  registerResourceList(sessions, SESSION_RESOURCE);
  registerResourceGet(sessions, SESSION_RESOURCE);
  registerResourceState(sessions, SESSION_RESOURCE);
  registerResourceLogs(sessions, SESSION_RESOURCE);
  registerSessionsStatements(sessions);
  registerResourceKill(sessions, SESSION_RESOURCE);
}
