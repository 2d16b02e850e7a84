import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import type { WebHdfsClient, WebHdfsError } from '../../../storage/webhdfs.js';
import { action, leaf } from '../../command-kit.js';
import type { CommandContext } from '../../context.js';
import { CliError, UsageError } from '../../../errors/cli-error.js';

/** The WebHDFS client of the running local YARN cluster. */
async function clusterClient(ctx: CommandContext): Promise<WebHdfsClient> {
  const hadoop = await import('../../../local/hadoop/index.js');
  const state = hadoop.readClusterState(ctx.env);
  if (!state || !hadoop.liveDaemons(state).includes('namenode')) {
    throw new CliError('no local HDFS is running', 'server', 'start one with `livy local start --cluster yarn`');
  }
  return hadoop.clusterWebHdfs(state, ctx.signal);
}

/** WebHDFS failures as one-line CLI errors: a missing or existing path is the user's input. */
async function withHdfsErrors<T>(fn: () => Promise<T>): Promise<T> {
  const { WebHdfsError } = await import('../../../storage/webhdfs.js');
  try {
    return await fn();
  } catch (error) {
    if (!(error instanceof WebHdfsError)) throw error;
    const e = error as WebHdfsError;
    if (e.exception === 'FileAlreadyExistsException') throw new UsageError(e.message, 'add --force to overwrite it');
    if (e.exception === 'FileNotFoundException') throw new UsageError(e.message);
    throw new CliError(e.message, 'server');
  }
}

interface PutOptions {
  force?: boolean;
}

interface RmOptions {
  recursive?: boolean;
}

export function registerLocalHdfs(parent: Command): void {
  const hdfs = parent.command('hdfs').description("files in the local YARN cluster's HDFS (through WebHDFS)");

  leaf(hdfs, 'put <local> <remote>', 'copy a local file into HDFS (a remote ending in / or naming a directory gets the file name)')
    .option('-f, --force', 'overwrite an existing file')
    .action(
      action<PutOptions>(async (ctx, options, [local, remote]) => {
        const file = resolve(ctx.io.cwd, local!);
        if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`put: no such local file: ${local}`);
        const client = await clusterClient(ctx);
        const { hdfsPathOf } = await import('../../../storage/webhdfs.js');
        const path = await withHdfsErrors(async () => {
          let target = hdfsPathOf(remote!);
          if (target.endsWith('/') || (await client.status(target))?.type === 'DIRECTORY')
            target = `${target.replace(/\/+$/, '')}/${basename(file)}`;
          await client.upload(file, target, { overwrite: options.force ?? false });
          return target;
        });
        const bytes = statSync(file).size;
        ctx.out.result({ path, bytes, url: `hdfs://${path}` }, () => `hdfs://${path}`);
      }),
    );

  leaf(hdfs, 'ls [path]', 'list a directory (default /)').action(
    action(async (ctx, _options, [path]) => {
      const client = await clusterClient(ctx);
      const entries = await withHdfsErrors(() => client.list(path ?? '/'));
      ctx.out.result(entries, () =>
        entries
          .map(
            (e) =>
              `${e.type === 'DIRECTORY' ? 'd' : '-'}${e.permission.padStart(4, '0')}  ${e.owner}  ${String(e.length).padStart(12)}  ${new Date(e.modificationTime).toISOString()}  ${e.pathSuffix}`,
          )
          .join('\n'),
      );
    }),
  );

  leaf(hdfs, 'cat <path>', "print a file's content").action(
    action(async (ctx, _options, [path]) => {
      const client = await clusterClient(ctx);
      const stream = await withHdfsErrors(() => client.openStream(path!));
      // Bytes as they are (the terminal stream type only promises strings; process.stdout takes both).
      const out = ctx.io.stdout as unknown as { write(chunk: Uint8Array | string): unknown };
      for await (const chunk of stream) out.write(chunk as Buffer);
    }),
  );

  leaf(hdfs, 'rm <path>', 'delete a file (a directory with -r)')
    .option('-r, --recursive', 'delete a directory and everything in it')
    .action(
      action<RmOptions>(async (ctx, options, [path]) => {
        const client = await clusterClient(ctx);
        const deleted = await withHdfsErrors(async () => {
          const status = await client.status(path!);
          if (!status) throw new UsageError(`rm: no such file or directory in HDFS: ${path}`);
          if (status.type === 'DIRECTORY' && !options.recursive)
            throw new UsageError(`rm: ${path} is a directory`, 'add -r to delete it with its content');
          return client.delete(path!, options.recursive ?? false);
        });
        ctx.out.result({ path, deleted }, () => '');
        if (deleted) ctx.out.success(`deleted ${path}`);
      }),
    );
}
