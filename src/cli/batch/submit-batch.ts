import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { redactBody } from '../../client/redact.js';
import { isLocalServerUrl } from '../../local/state.js';
import { applyRequestDefaults } from '../../profiles/request-defaults.js';
import { parseSubmitArgv, type ParsedSubmitArgv } from '../../submit/parse-argv.js';
import { translateSubmit } from '../../submit/translate.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { VERSION } from '../version.js';

/** Runs `livy submit ARGV`: translate, then dry-run, or create and (unless --async) wait. */
export async function submitBatch(ctx: CommandContext, argv: string[]): Promise<ExitCodeValue> {
  const parsed = parseSubmitArgv(argv);
  for (const warning of parsed.warnings) ctx.out.warn(warning);
  switch (parsed.action) {
    case 'help': {
      const { submitHelpText } = await import('../../submit/help.js');
      ctx.out.line(submitHelpText());
      return ExitCode.Ok;
    }
    case 'version':
      ctx.out.line(VERSION);
      return ExitCode.Ok;
    case 'kill':
      return killSubmission(ctx, parsed.submissionId);
    case 'status':
      return submissionStatus(ctx, parsed.submissionId);
    case 'submit':
      return submit(ctx, parsed);
  }
}

async function submit(ctx: CommandContext, parsed: Extract<ParsedSubmitArgv, { action: 'submit' }>): Promise<ExitCodeValue> {
  const { out } = ctx;
  const target = ctx.target();
  const translated = translateSubmit(parsed, {
    cwd: ctx.io.cwd,
    isLocalTarget: isLocalServerUrl(target.url, ctx.env),
    readTextFile: (path) => readFileSync(isAbsolute(path) ? path : resolve(ctx.io.cwd, path), 'utf8'),
    pathExists: (path) => existsSync(path),
  });
  for (const warning of translated.warnings) out.warn(warning);
  // Profile defaults (issue 5): the profile's / LIVY_PROXY_USER's proxyUser and conf, under the command's.
  const request = applyRequestDefaults(translated.request, target);

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
    out.result({ id: batch.id, name: batch.name ?? null, state: batch.state }, () => String(batch.id));
    return ExitCode.Ok;
  }
  const { watchBatch } = await import('./watch-batch.js');
  return watchBatch(ctx, client, batch.id, {
    timeoutMs: parsed.livy.timeoutMs,
    killOnInterrupt: parsed.livy.killOnInterrupt,
    logFile,
    expected: batch,
  });
}

async function killSubmission(ctx: CommandContext, id: string): Promise<ExitCodeValue> {
  const client = await ctx.client();
  const batchId = batchIdOf(id, '--kill');
  await client.batches.delete(batchId, { signal: ctx.signal });
  ctx.out.result({ id: batchId, deleted: true }, () => `batch ${batchId} killed`);
  return ExitCode.Ok;
}

async function submissionStatus(ctx: CommandContext, id: string): Promise<ExitCodeValue> {
  const client = await ctx.client();
  const reply = await client.batches.state(batchIdOf(id, '--status'), { signal: ctx.signal });
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
  if (id.trim() === '') throw new UsageError(`${flag} needs a batch id`);
  return /^\d+$/.test(id) ? Number(id) : id;
}
