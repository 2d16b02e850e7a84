import { waitForBatch, type WaitResult } from '../../client/batch-waiter.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { LogChunk } from '../../client/log-follower.js';
import { LivyHttpError, type LivyError } from '../../client/errors.js';
import { SESSION_STATES, type Batch } from '../../client/schemas.js';
import { withoutTimestamps, yarnWaitingReason } from '../../client/yarn-diagnostics.js';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { CommandContext } from '../context.js';
import { formatDuration } from '../../text/duration.js';
import { CliError, InterruptedError, ReplacedError } from '../../errors/cli-error.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';
import { createStatusLine, type StatusLine } from '../status-line.js';
import { DriverLogStream } from './driver-log-stream.js';
import { printFailureLog } from './failure-log.js';

export interface WatchOptions {
  timeoutMs?: number;
  killOnInterrupt?: boolean;
  /** Stream the batch log while waiting (default true). */
  followLog?: boolean;
  /** Also append the streamed log to this file. */
  logFile?: string;
  /** Stream the driver's own stdout/stderr from its YARN container instead of Livy's log. */
  driverLog?: boolean;
  /** Extra fields for the JSON result (`staged`). */
  resultFields?: Record<string, unknown>;
  /** The batch as first seen: the wait stops if the id comes to name another batch. */
  expected?: Batch;
}

const EXIT_BY_OUTCOME: Record<WaitResult['outcome'], ExitCodeValue> = {
  success: ExitCode.Ok,
  failed: ExitCode.JobFailed,
  killed: ExitCode.Killed,
  deleted: ExitCode.Killed,
  vanished: ExitCode.Server,
  replaced: ExitCode.Server,
  timeout: ExitCode.Timeout,
};

/**
 * Waits for a batch like spark-submit in cluster mode: a live state line, the
 * job's log as it grows, then a summary; returns the exit code for the outcome.
 */
export async function watchBatch(
  ctx: CommandContext,
  client: LivyClient,
  batchId: number,
  options: WatchOptions = {},
): Promise<ExitCodeValue> {
  const { out } = ctx;
  const followLog = options.followLog ?? true;
  const clock = ctx.clock;
  const started = clock.now();
  const status = await createStatusLine(out, `batch ${batchId}: waiting for state`);
  let logFile: WriteStream | undefined = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined;
  logFile?.on('error', (error) => {
    out.warn(`--log-file: ${error.message}; no longer writing the log there`);
    logFile = undefined;
  });
  let state = '';
  let linesLost = false;
  // Set while YARN's diagnostics say the application waits for a container for its AM.
  let waitingFor: string | undefined;
  let lastDiagnostics = '';
  const tick = setInterval(
    () => status.set(`batch ${batchId} ${waitingFor ? 'waiting for YARN resources' : state} ${formatDuration(clock.now() - started)}`),
    500,
  );
  tick.unref();
  const driverLog = options.driverLog
    ? new DriverLogStream(
        client,
        (file, text) => {
          status.write(file === 'stdout' && !out.json ? 'stdout' : 'stderr', text);
          logFile?.write(text);
        },
        (message) => status.note(out.style.yellow(message)),
      )
    : undefined;
  driverLog?.start();

  let result: WaitResult;
  let lastSeen = options.expected;
  try {
    result = await waitForBatch(client.batches, batchId, {
      signal: ctx.signal,
      clock,
      timeoutMs: options.timeoutMs,
      ...(options.expected ? { expected: options.expected } : {}),
      followLog,
      onState: (next, batch) => {
        state = next;
        lastSeen = batch;
        const unknown = isKnownState(next) ? '' : ' (a state livy does not know; still waiting)';
        status.note(out.style.cyan(`batch ${batchId}: ${next}${unknown}`));
      },
      onView: (batch) => driverLog?.seen(batch),
      onLog: (chunk) => {
        if (chunk.stream === 'diagnostics') {
          const reason = yarnWaitingReason(chunk.lines);
          if (reason && reason !== waitingFor) status.note(out.style.yellow(`batch ${batchId}: waiting for YARN resources: ${reason}`));
          waitingFor = reason;
          // The ResourceManager re-stamps the same message with the time: show a message once, and the wait as the note above.
          const text = withoutTimestamps(chunk.lines);
          if (reason || text === lastDiagnostics) return;
          lastDiagnostics = text;
        }
        if (driverLog && !driverLog.showsLivyLog) return;
        if (chunk.gap) linesLost = true;
        // With --driver-log, stdout is for the driver's stdout: what Livy logs goes to stderr.
        writeLogChunk(status, chunk, out.json || driverLog !== undefined);
        logFile?.write(chunk.lines.map((line) => `${line}\n`).join(''));
      },
      onOutage: (error, downForMs) => {
        const text = `${describeTrouble(error)}; still waiting (${formatDuration(downForMs)} so far)`;
        if (downForMs === 0) status.note(out.style.yellow(text));
        status.set(text);
      },
      onRecovered: () => status.note(out.style.green('Livy is answering again')),
    });
    await driverLog?.finish(result.batch ?? lastSeen);
  } catch (error) {
    status.stop();
    if (error instanceof InterruptedError) return interrupted(ctx, client, batchId, options.killOnInterrupt ?? false, lastSeen);
    throw error;
  } finally {
    driverLog?.stop();
    clearInterval(tick);
    status.stop();
    // Written out before the command ends: whoever runs it in-process may read the file next.
    await new Promise<void>((resolve) => (logFile ? logFile.end(() => resolve()) : resolve()));
  }

  if (result.outcome === 'replaced') {
    const appId = result.batch?.appId;
    throw new ReplacedError(
      `batch ${batchId} was replaced after a server restart: ${result.replacedBecause ?? 'another batch has its id'}`,
      `Livy forgot our batch and gave its id to another one, which livy leaves alone; ${appId ? `our Spark application ${appId}` : 'our Spark job'} may still run on the cluster: check there before resubmitting`,
    );
  }
  if (result.outcome === 'vanished') {
    throw new CliError(
      `batch ${batchId} no longer exists: the Livy server restarted without recovery and forgot it`,
      'server',
      'its Spark job may have been stopped too; check the cluster, then resubmit',
    );
  }
  // The reason for a failure must be on screen: print what Livy kept unless it was all streamed.
  if (result.outcome === 'failed' && (!followLog || linesLost)) await printFailureLog(ctx, client, batchId);
  report(ctx, batchId, result, options.resultFields);
  return EXIT_BY_OUTCOME[result.outcome];
}

function writeLogChunk(status: StatusLine, chunk: LogChunk, stdoutReserved: boolean): void {
  if (chunk.gap) status.write('stderr', `${gapMarker(chunk)}\n`);
  // The job's stdout is our stdout, unless stdout is reserved for the JSON result.
  const stream = chunk.stream === 'stdout' && !stdoutReserved ? 'stdout' : 'stderr';
  status.write(stream, chunk.lines.map((line) => `${line}\n`).join(''));
}

/** The line that stands for log lines Livy no longer had when they were polled. */
export function gapMarker(chunk: LogChunk): string {
  return chunk.uncertain
    ? '… repeated log lines: some may be missing, Livy keeps only the last lines of each stream (livy.cache-log.size) …'
    : '… some log lines were lost: Livy keeps only the last lines of each stream (livy.cache-log.size) …';
}

function report(ctx: CommandContext, batchId: number, result: WaitResult, resultFields: Record<string, unknown> = {}): void {
  const { out } = ctx;
  const batch = result.batch;
  const state = batch?.state ?? (result.outcome === 'deleted' ? 'deleted' : 'unknown');
  const exitCode = EXIT_BY_OUTCOME[result.outcome];
  if (out.json) {
    out.printJson({
      ...summaryFields(batch),
      id: batchId,
      state,
      outcome: result.outcome,
      durationMs: result.elapsedMs,
      exitCode,
      ...resultFields,
    });
    return;
  }
  const paint = exitCode === ExitCode.Ok ? out.style.green : out.style.red;
  const lines = [paint(`batch ${batchId} ${describeOutcome(result)} after ${formatDuration(result.elapsedMs)}`)];
  if (batch?.appId) lines.push(`  application: ${batch.appId}`);
  if (batch?.appInfo?.sparkUiUrl) lines.push(`  Spark UI:    ${batch.appInfo.sparkUiUrl}`);
  if (batch?.appInfo?.driverLogUrl) lines.push(`  driver log:  ${batch.appInfo.driverLogUrl}`);
  if (result.outcome === 'timeout') {
    lines.push(`  the job is still running: 'livy batches wait ${batchId}' waits again, 'livy batches kill ${batchId}' stops it`);
  }
  out.info(lines.join('\n'));
}

function describeOutcome(result: WaitResult): string {
  switch (result.outcome) {
    case 'success':
      return 'succeeded';
    case 'failed':
      return `failed (${result.batch?.state ?? 'dead'})`;
    case 'killed':
      return 'was killed';
    case 'deleted':
      return 'was deleted on the server (killed)';
    case 'timeout':
      return 'is still running: --timeout reached';
    case 'vanished':
      return 'vanished';
    case 'replaced':
      return 'was replaced by another batch';
  }
}

function summaryFields(batch: Batch | undefined): Record<string, unknown> {
  if (!batch) return {};
  return { name: batch.name ?? null, appId: batch.appId ?? null, appInfo: batch.appInfo ?? null };
}

async function interrupted(
  ctx: CommandContext,
  client: LivyClient,
  batchId: number,
  kill: boolean,
  lastSeen: Batch | undefined,
): Promise<ExitCodeValue> {
  const { out } = ctx;
  if (kill) {
    out.info(`interrupted: killing batch ${batchId} (--kill-on-interrupt)`);
    const { killWatchedBatch } = await import('./kill-watched-batch.js');
    await killWatchedBatch(client, batchId, lastSeen);
    out.info(`batch ${batchId} killed`);
    if (out.json) out.printJson({ id: batchId, outcome: 'killed', exitCode: ExitCode.Killed });
    return ExitCode.Killed;
  }
  out.info(
    [
      `detached from batch ${batchId}; it keeps running on the server.`,
      `  livy batches wait ${batchId}   # wait for it again`,
      `  livy batches kill ${batchId}   # stop it`,
    ].join('\n'),
  );
  if (out.json) out.printJson({ id: batchId, outcome: 'detached', exitCode: ExitCode.Interrupted });
  return ExitCode.Interrupted;
}

function isKnownState(state: string): boolean {
  return (SESSION_STATES as readonly string[]).includes(state);
}

function describeTrouble(error: LivyError): string {
  if (error instanceof LivyHttpError) {
    if (error.status === 429) return 'Livy is busy (HTTP 429)';
    if (error.status === 401) return 'Livy asked for credentials again (HTTP 401)';
    return `Livy answered HTTP ${error.status}`;
  }
  return `Livy is not answering (${error.message})`;
}
