import type { Command } from 'commander';
import { registerLocalEnv } from './env.js';
import { registerLocalHdfs } from './hdfs.js';
import { registerLocalLogs } from './logs.js';
import { registerLocalRestart } from './restart.js';
import { registerLocalStart } from './start.js';
import { registerLocalStatus } from './status.js';
import { registerLocalStop } from './stop.js';

export function registerLocal(program: Command): void {
  const local = program.command('local').description('run a real Apache Livy + Spark on this machine (127.0.0.1)');
  registerLocalStart(local);
  registerLocalStop(local);
  registerLocalRestart(local);
  registerLocalStatus(local);
  registerLocalLogs(local);
  registerLocalEnv(local);
  registerLocalHdfs(local);
}
