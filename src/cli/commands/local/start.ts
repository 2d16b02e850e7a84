import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { LIVY_VERSIONS, parseLivyVersion, type LivyVersion } from '../../../local/versions.js';
import { formatBytes, transferText } from '../../byte-text.js';
import { action, collect, intOption, leaf } from '../../command-kit.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import { createStatusLine } from '../../status-line.js';

interface StartOptions {
  port?: number;
  whitelist?: string[];
  livyVersion?: LivyVersion;
  fromSource?: string;
  cluster?: 'local' | 'yarn';
}

function livyVersionOption(value: string): LivyVersion {
  const v = parseLivyVersion(value);
  if (!v) throw new UsageError(`--livy-version must be one of ${LIVY_VERSIONS.join(', ')}, got '${value}'`);
  return v;
}

/** Progress: the status line's spinner on a terminal, one plain line per message otherwise. */
async function progressReporter(ctx: CommandContext) {
  type Event = import('../../../local/index.js').LocalProgressEvent;
  const started = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started) / 1000)}s`;
  if (!ctx.out.interactive || ctx.out.json) {
    let lastStep = '';
    let lastMessage = '';
    return {
      onProgress(e: Event) {
        // Plain mode: one line per distinct message, skipping per-artifact download chatter.
        if (e.step === 'maven' && e.message.startsWith('downloaded ')) return;
        if (e.message === lastMessage && e.step === lastStep) return;
        lastStep = e.step;
        lastMessage = e.message;
        const size = e.totalBytes ? ` (${formatBytes(e.totalBytes)})` : '';
        ctx.out.info(`[${elapsed()}] ${e.message}${size}`);
      },
      stop() {},
    };
  }
  const status = await createStatusLine(ctx.out, 'starting');
  let transferStep = '';
  let transferStarted = Date.now();
  return {
    onProgress(e: Event) {
      if (e.step !== transferStep) {
        transferStep = e.step;
        transferStarted = Date.now();
      }
      const size = e.bytes
        ? ` — ${transferText(e.bytes, e.totalBytes, Date.now() - transferStarted)}`
        : e.totalBytes
          ? ` (${formatBytes(e.totalBytes)})`
          : '';
      status.set(`${e.message}${size} ${ctx.out.style.dim(elapsed())}`);
      if (e.done && e.step !== 'ready') status.done(e.message);
    },
    stop() {
      status.stop();
    },
  };
}

/** A path relative to the working directory; a URL as given. */
function resolveSourceArg(value: string, cwd: string): string {
  return /^https?:\/\//i.test(value) ? value : resolve(cwd, value);
}

export function registerLocalStart(parent: Command): void {
  leaf(parent, 'start', 'provision (once) and start a real Livy + Spark on 127.0.0.1 in the background')
    .option('--port <port>', 'port to listen on (default 8998, or a free one when 8998 is taken)', intOption('--port', { min: 1 }))
    .option('--whitelist <dir>', 'directory Livy may read local files from (repeatable; default the current directory)', collect)
    .option(
      '--livy-version <version>',
      `Livy release to run: ${LIVY_VERSIONS.join(' or ')} (default ${LIVY_VERSIONS[0]})`,
      livyVersionOption,
    )
    .option(
      '--from-source <file|url>',
      'build Livy from this source release (apache-livy-<version>-src.tar.gz) when it is not provisioned yet; default $LIVY_LOCAL_SOURCE',
    )
    .addOption(
      new Option(
        '--cluster <kind>',
        'where Spark runs: local (local[*], the default) or yarn (HDFS + YARN daemons on 127.0.0.1, cluster deploy mode)',
      ).choices(['local', 'yarn']),
    )
    .action(
      action<StartOptions>(async (ctx, options) => {
        const local = await import('../../../local/index.js');
        const hadoop = await import('../../../local/hadoop/index.js');
        const cluster = hadoop.readClusterState(ctx.env);
        const clusterRuns = cluster !== undefined && hadoop.liveDaemons(cluster).length > 0;
        if (options.cluster === 'local' && clusterRuns) {
          throw new UsageError(
            'a local YARN cluster is running in this run dir',
            'stop it first with `livy local stop`, or start with --cluster yarn',
          );
        }
        // Without --cluster, a running YARN cluster is kept (and its Livy reused).
        const yarn = options.cluster === 'yarn' || (options.cluster === undefined && clusterRuns);
        const progress = await progressReporter(ctx);
        const whitelist = (options.whitelist?.length ? options.whitelist : [ctx.io.cwd]).map((d) => resolve(ctx.io.cwd, d));
        let info;
        try {
          const start = {
            port: options.port,
            whitelist,
            livyVersion: options.livyVersion,
            source: options.fromSource === undefined ? undefined : resolveSourceArg(options.fromSource, ctx.io.cwd),
            env: ctx.env,
            onProgress: progress.onProgress,
            signal: ctx.signal,
          };
          info = await (yarn ? hadoop.startLocalYarnServer(start) : local.startLocalServer(start));
        } catch (error) {
          progress.stop();
          // Ctrl-C also stops pip or Maven, whose failure is then just the interrupt.
          throw ctx.signal.aborted ? ctx.signal.reason : error;
        }
        progress.stop();
        if (info.reused) ctx.out.success(`a local Livy is already running at ${info.url} (pid ${info.pid}); reusing it`);
        else ctx.out.success(`Livy ${info.livyVersion} with Spark ${info.pysparkVersion} is running at ${info.url} (pid ${info.pid})`);
        if ('cluster' in info) {
          const { cluster: c, ...server } = info as import('../../../local/hadoop/index.js').LocalYarnServerInfo;
          ctx.out.success(
            `on YARN: HDFS ${c.urls.hdfs}, ResourceManager ${c.urls.resourceManager}, queues ${Object.keys(hadoop.YARN_QUEUES).join(', ')}`,
          );
          const queues = Object.keys(hadoop.YARN_QUEUES);
          ctx.out.result({ ...server, cluster: 'yarn', ...c.urls, queues }, () => `export LIVY_URL=${info.url}`);
        } else {
          ctx.out.result({ ...info, cluster: 'local' }, () => `export LIVY_URL=${info.url}`);
        }
      }),
    );
}
