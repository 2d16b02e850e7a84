import { closeSync, existsSync, openSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { redactBody } from '../../client/redact.js';
import { localTargetKind } from '../../local/local-target.js';
import { applyRequestDefaults } from '../../profiles/request-defaults.js';
import { PROPERTIES_FILE_MAX_BYTES } from '../../submit/bounded-read.js';
import { readTextFileBounded } from '../../text/read-bounded.js';
import { parseSubmitArgv, type ParsedSubmitArgv } from '../../submit/parse-argv.js';
import { checkProxyUserAndPrincipal, impersonationSources } from '../../submit/impersonation.js';
import { javaTrim } from '../../submit/spark-size.js';
import { translateSubmit } from '../../submit/translate.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../../errors/cli-error.js';
import { ExitCode, type ExitCodeValue } from '../../errors/exit-codes.js';
import { VERSION } from '../version.js';
import { stageForSubmit, stagingSettingsFor } from '../commands/stage/submit-staging.js';

/** How long `livy submit --version` waits for the server's version before printing without it. */
const SERVER_VERSION_TIMEOUT_MS = 2000;

/**
 * Runs `livy submit ARGV`: translate, then dry-run, or create and (unless --async) wait.
 * With --dry-run nothing is sent, whatever the action: --kill, --status and --version print the
 * request they would make instead.
 */
export async function submitBatch(ctx: CommandContext, argv: string[]): Promise<ExitCodeValue> {
  const parsed = parseSubmitArgv(argv);
  for (const warning of parsed.warnings) ctx.out.warn(warning);
  const dryRun = parsed.livy.dryRun;
  switch (parsed.action) {
    case 'help': {
      const { submitHelpText } = await import('../../submit/help.js');
      ctx.out.line(submitHelpText());
      return ExitCode.Ok;
    }
    case 'version':
      return printVersions(ctx, dryRun);
    case 'kill': {
      const batchId = batchIdOf(parsed.submissionId, '--kill');
      if (dryRun) return printDryRunRequest(ctx, 'DELETE', `/batches/${encodeURIComponent(String(batchId))}`);
      return killSubmission(ctx, batchId);
    }
    case 'status': {
      const batchId = batchIdOf(parsed.submissionId, '--status');
      if (dryRun) return printDryRunRequest(ctx, 'GET', `/batches/${encodeURIComponent(String(batchId))}/state`);
      return submissionStatus(ctx, batchId);
    }
    case 'submit':
      return submit(ctx, parsed);
  }
}

/** --dry-run of a request without a body: what would be sent, on stdout; nothing is sent. */
function printDryRunRequest(ctx: CommandContext, method: 'GET' | 'DELETE', path: string): ExitCodeValue {
  const url = `${ctx.target().url.replace(/\/+$/, '')}${path}`;
  if (!ctx.out.json) ctx.out.info('dry run: nothing sent; the request would be:');
  ctx.out.result({ dryRun: true, method, url }, () => `${method} ${url}`);
  return ExitCode.Ok;
}

/**
 * This CLI's version and, like `kubectl version`, the server's, asked with a short deadline
 * (SERVER_VERSION_TIMEOUT_MS). An unreachable server still gets the CLI's version printed, then
 * exit 3. (`livy --version` alone prints the CLI's version without loading anything.)
 */
async function printVersions(ctx: CommandContext, dryRun: boolean): Promise<ExitCodeValue> {
  const { out } = ctx;
  const url = ctx.target().url.replace(/\/+$/, '');
  if (dryRun) {
    if (!out.json) out.info(`dry run: the server's version was not asked (GET ${url}/version)`);
    out.result({ cli: VERSION, server: null }, () => `livy ${VERSION}`);
    return ExitCode.Ok;
  }
  const client = await ctx.client();
  // Node holds the sources of AbortSignal.any weakly: the timeout must stay referenced here, or
  // a garbage collection during the wait drops it and the short deadline never fires.
  const shortDeadline = AbortSignal.timeout(SERVER_VERSION_TIMEOUT_MS);
  const signal = AbortSignal.any([ctx.signal, shortDeadline]);
  try {
    const server = await client.version({ signal });
    out.result({ cli: VERSION, server: { url, ...server } }, () => `livy ${VERSION}\nLivy server ${server.version} at ${url}`);
    return ExitCode.Ok;
  } catch (error) {
    out.result({ cli: VERSION, server: null }, () => `livy ${VERSION}`);
    const reason =
      shortDeadline.aborted && !ctx.signal.aborted
        ? `no answer within ${SERVER_VERSION_TIMEOUT_MS / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
    out.warn(`cannot get the Livy server's version from ${url}: ${reason}`);
    return ExitCode.Server;
  }
}

async function submit(ctx: CommandContext, parsed: Extract<ParsedSubmitArgv, { action: 'submit' }>): Promise<ExitCodeValue> {
  const { out } = ctx;
  const target = ctx.target();
  const staging = stagingSettingsFor(ctx, parsed.livy.staging);
  const localKind = localTargetKind(target.url, ctx.env);
  const translated = translateSubmit(parsed, {
    cwd: ctx.io.cwd,
    isLocalTarget: localKind !== undefined,
    localTargetOnYarn: localKind === 'yarn',
    stagesLocalFiles: staging.dir !== undefined,
    readTextFile: (path) => readTextFileBounded(isAbsolute(path) ? path : resolve(ctx.io.cwd, path), PROPERTIES_FILE_MAX_BYTES),
    pathExists: (path) => existsSync(path),
  });
  for (const warning of translated.warnings) out.warn(warning);
  // The profile's / LIVY_PROXY_USER's proxyUser and conf, under the command's.
  const withDefaults = applyRequestDefaults(translated.request, target);
  checkProxyUserAndPrincipal(withDefaults, impersonationSources(translated.request, parsed.options, ctx.env, target.profile?.name));
  // Local files go to the stage dir before anything is sent (never half-submitted).
  const { request, staged } = await stageForSubmit(ctx, withDefaults, staging, parsed.livy.dryRun);

  if (parsed.livy.dryRun) {
    const shown = redactBody(request);
    if (!out.json) out.info(`dry run: would POST ${target.url.replace(/\/+$/, '')}/batches with this body:`);
    out.printJson(shown);
    return ExitCode.Ok;
  }

  const logFile = parsed.livy.logFile === undefined ? undefined : checkLogFile(resolve(ctx.io.cwd, parsed.livy.logFile));
  const client = await ctx.client();
  const { createBatch } = await import('./create-batch.js');
  const batch = await createBatch(ctx, client, request, { budgetMs: parsed.livy.timeoutMs });
  out.info(`batch ${batch.id}${batch.name ? ` (${batch.name})` : ''} submitted to ${target.url}: ${batch.state}`);

  if (parsed.livy.async) {
    out.result({ id: batch.id, name: batch.name ?? null, state: batch.state, ...(staged ? { staged } : {}) }, () => String(batch.id));
    return ExitCode.Ok;
  }
  const { watchBatch } = await import('./watch-batch.js');
  return watchBatch(ctx, client, batch.id, {
    timeoutMs: parsed.livy.timeoutMs,
    killOnInterrupt: parsed.livy.killOnInterrupt,
    driverLog: parsed.livy.driverLog,
    logFile,
    expected: batch,
    ...(staged ? { resultFields: { staged } } : {}),
  });
}

async function killSubmission(ctx: CommandContext, batchId: number | string): Promise<ExitCodeValue> {
  const client = await ctx.client();
  await client.batches.delete(batchId, { signal: ctx.signal });
  ctx.out.result({ id: batchId, deleted: true }, () => `batch ${batchId} killed`);
  return ExitCode.Ok;
}

async function submissionStatus(ctx: CommandContext, batchId: number | string): Promise<ExitCodeValue> {
  const client = await ctx.client();
  const reply = await client.batches.state(batchId, { signal: ctx.signal });
  ctx.out.result(reply, () => reply.state);
  return ExitCode.Ok;
}

/** Fails before anything is submitted when the log file cannot be written. */
function checkLogFile(path: string): string {
  try {
    closeSync(openSync(path, 'a'));
  } catch (error) {
    throw new UsageError(`--log-file: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return path;
}

function batchIdOf(id: string, flag: string): number | string {
  if (javaTrim(id) === '') throw new UsageError(`${flag} needs a batch id`);
  return /^\d+$/.test(id) ? Number(id) : id;
}
