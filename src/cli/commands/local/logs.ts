import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { action, intOption, leaf } from '../../command-kit.js';
import { CliError } from '../../../errors/cli-error.js';
import { ExitCode } from '../../../errors/exit-codes.js';

interface LogsOptions {
  follow?: boolean;
  lines: number;
  daemon?: string;
}

const DAEMON_CHOICES = ['livy', 'namenode', 'datanode', 'resourcemanager', 'nodemanager'];

export function registerLocalLogs(parent: Command): void {
  leaf(parent, 'logs', "print the local Livy server's log")
    .option('-f, --follow', 'keep printing new lines until Ctrl-C')
    .option('-n, --lines <n>', 'number of lines from the end', intOption('--lines'), 50)
    .addOption(new Option('--daemon <name>', 'whose log: livy (default) or a YARN cluster daemon').choices(DAEMON_CHOICES))
    .action(
      action<LogsOptions>(async (ctx, options) => {
        const local = await import('../../../local/index.js');
        const daemon = options.daemon && options.daemon !== 'livy' ? options.daemon : undefined;
        const path = daemon
          ? (await import('../../../local/hadoop/index.js')).clusterLogFile(daemon, ctx.env)
          : local.localServerLogPath(ctx.env);
        if (!existsSync(path) && !options.follow) {
          if (daemon)
            throw new CliError(`no ${daemon} log (${path})`, 'server', 'start the YARN cluster with `livy local start --cluster yarn`');
          throw new CliError(`no server log yet (${path})`, 'server', 'start the server with `livy local start`');
        }
        ctx.out.write('stdout', local.tailFile(path, options.lines));
        if (!options.follow) return;
        const { statSync } = await import('node:fs');
        const fromOffset = existsSync(path) ? statSync(path).size : 0;
        await local.followFile(path, (text) => ctx.out.write('stdout', text), { signal: ctx.signal, fromOffset });
        // Following ends only on Ctrl-C: exit 130 like `batches logs -f`.
        if (ctx.signal.aborted) throw ctx.signal.reason;
        return ExitCode.Ok;
      }),
    );
}
