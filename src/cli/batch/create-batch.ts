import { backoffDelay } from '../../client/backoff.js';
import { livyMessageSays } from '../../client/error-prose.js';
import { LivyHttpError, LivyNetworkError, LivyProtocolError } from '../../client/errors.js';
import type { LivyClient } from '../../client/livy-client.js';
import type { CreateBatchRequest } from '../../client/requests.js';
import type { Batch } from '../../client/schemas.js';
import type { CommandContext } from '../context.js';
import { formatDuration } from '../../text/duration.js';
import { CliError, InterruptedError, OutcomeUnknownError, UsageError } from '../../errors/cli-error.js';

/** How long `livy submit` keeps retrying while Livy refuses new batches for load, unless `--timeout` says otherwise. */
const DEFAULT_CREATE_BUDGET_MS = 10 * 60_000;

const BUSY_BACKOFF = { baseMs: 1000, maxMs: 15_000, jitter: 0.6 };

export interface CreateOptions {
  /** Give up retrying a busy server after this long. */
  budgetMs?: number;
}

/**
 * POST /batches, never resent blindly.
 * - Livy's "too many sessions are being created" refusal is back-pressure: nothing was
 *   created, so the POST is repeated after a jittered pause, within the budget.
 * - When the reply is lost or garbled, the batch is adopted only if it is provably ours: its
 *   name, checked free before the POST, now exists. Otherwise the outcome is unknown and said so.
 * - Ctrl-C during the POST stops at once, saying the batch may exist.
 */
export async function createBatch(
  ctx: CommandContext,
  client: LivyClient,
  request: CreateBatchRequest,
  options: CreateOptions = {},
): Promise<Batch> {
  const name = request.name;
  if (name !== undefined) await checkNameFree(client, name, ctx.signal);
  const budgetMs = options.budgetMs ?? DEFAULT_CREATE_BUDGET_MS;
  const started = ctx.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.batches.create(request, { signal: ctx.signal });
    } catch (error) {
      if (ctx.signal.aborted) throw interruptedDuringPost(ctx.signal.reason, name);
      if (isBusyRefusal(error)) {
        const delayMs = backoffDelay(attempt, BUSY_BACKOFF);
        if (ctx.clock.now() - started + delayMs > budgetMs) throw error;
        ctx.out.info(
          `Livy is busy creating other sessions and refused the batch (livy.server.session.max-creation); nothing was created, trying again in ${formatDuration(delayMs)}`,
        );
        await ctx.clock.sleep(delayMs, ctx.signal);
        continue;
      }
      const lost = lostReply(error);
      if (!lost) throw error;
      return findCreatedBatch(ctx, client, name, lost);
    }
  }
}

async function checkNameFree(client: LivyClient, name: string, signal: AbortSignal): Promise<void> {
  let existing: Batch;
  try {
    existing = await client.batches.get(name, { signal });
  } catch (error) {
    if (error instanceof LivyHttpError && error.status === 404) return;
    throw error;
  }
  throw new UsageError(
    `--name '${name}' is taken: batch ${existing.id} (${existing.state}) has it, and Livy refuses duplicate names`,
    'choose another --name; nothing was submitted',
  );
}

function isBusyRefusal(error: unknown): boolean {
  return error instanceof LivyHttpError && error.status === 400 && livyMessageSays(error.serverMessage, 'too-many-sessions');
}

/** Why the POST's result is unknown, or undefined when the answer was a clear yes or no. */
function lostReply(error: unknown): string | undefined {
  if (error instanceof LivyNetworkError) return error.maybeDelivered ? error.message : undefined;
  if (error instanceof LivyHttpError && [502, 503, 504].includes(error.status)) {
    return `a proxy answered HTTP ${error.status}${error.serverMessage ? ` (${error.serverMessage})` : ''}, which does not say whether Livy created it`;
  }
  if (error instanceof LivyProtocolError) return `the server said it was created but its reply is unreadable: ${error.message}`;
  return undefined;
}

async function findCreatedBatch(ctx: CommandContext, client: LivyClient, name: string | undefined, why: string): Promise<Batch> {
  const head = `the reply to POST /batches was lost (${why})`;
  if (name === undefined) {
    throw new OutcomeUnknownError(
      `${head}: the batch may or may not have been created`,
      "check 'livy batches list' before submitting again; with --name, livy can find the batch by itself",
    );
  }
  ctx.out.warn(`${head}; looking for the batch by its name '${name}', which was free before the POST`);
  try {
    return await client.batches.get(name, { signal: ctx.signal });
  } catch (error) {
    if (error instanceof InterruptedError || ctx.signal.aborted) throw interruptedDuringPost(ctx.signal.reason, name);
    if (error instanceof LivyHttpError && error.status === 404) {
      throw new OutcomeUnknownError(
        `${head}, and no batch named '${name}' exists yet: it was most likely not created`,
        `check 'livy batches get ${name}' once more before submitting again`,
      );
    }
    throw new OutcomeUnknownError(
      `${head}, and looking it up failed too (${(error as Error).message}): the batch may exist`,
      `check 'livy batches get ${name}' before submitting again`,
    );
  }
}

function interruptedDuringPost(reason: unknown, name: string | undefined): CliError {
  const signal = reason instanceof InterruptedError ? reason.signalName : 'SIGINT';
  return new CliError(
    `interrupted (${signal}) while POST /batches was under way: the batch may exist`,
    'interrupted',
    name === undefined ? "check 'livy batches list' before submitting again" : `check 'livy batches get ${name}' before submitting again`,
  );
}
