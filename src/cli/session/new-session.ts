import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { LivyClient } from '../../client/livy-client.js';
import { SESSION_KINDS, type CreateSessionRequest, type SessionKind } from '../../client/requests.js';
import { CliError } from '../../errors/cli-error.js';
import { localTargetKind } from '../../local/local-target.js';
import { isLocalServerUrl } from '../../local/state.js';
import { applyRequestDefaults } from '../../profiles/request-defaults.js';
import type { SessionUpload } from '../../staging/session-uploads.js';
import { PROPERTIES_FILE_MAX_BYTES } from '../../submit/bounded-read.js';
import { checkProxyUserAndPrincipal, impersonationSources } from '../../submit/impersonation.js';
import { translateSessionOptions } from '../../submit/session-options.js';
import { formatDuration } from '../../text/duration.js';
import { readTextFileBounded } from '../../text/read-bounded.js';
import { stageForSubmit, stagingSettingsFor } from '../commands/stage/submit-staging.js';
import type { CommandContext } from '../context.js';
import { CREATE_GRACE_AFTER_INTERRUPT_MS, createSessionByName, nameIsFree } from './create-session.js';
import { DELETE_DEADLINE_MS, deleteOwnSession, describeDeletion, URGENT_DELETE_DEADLINE_MS } from './delete-session.js';
import { waitUntilReady, type OpenedSession, type SessionEvents, type SessionSetup } from './open-session.js';
import { planUploads, uploadIntoSession } from './session-uploads.js';
import { identityOf } from './session-identity.js';
import { uniqueSessionName } from './session-name.js';

/** spark-submit options → the body of `POST /sessions`, with warnings printed. */
export function sessionCreateRequest(ctx: CommandContext, setup: SessionSetup): CreateSessionRequest {
  const localKind = localTargetKind(ctx.target().url, ctx.env);
  const { request, warnings } = translateSessionOptions(setup.options, {
    cwd: ctx.io.cwd,
    isLocalTarget: localKind !== undefined,
    localTargetOnYarn: localKind === 'yarn',
    // Local files are staged, or else uploaded into the session once it is up.
    stagesLocalFiles: true,
    readTextFile: (path) => readTextFileBounded(isAbsolute(path) ? path : resolve(ctx.io.cwd, path), PROPERTIES_FILE_MAX_BYTES),
    pathExists: (path) => existsSync(path),
  });
  for (const warning of warnings) ctx.out.warn(warning);
  const target = ctx.target();
  const kind = setup.kind ?? profileKind(target.defaultKind) ?? 'shared';
  // The profile's / LIVY_PROXY_USER's proxyUser and conf lie under what the command gives; Livy starts
  // the session with spark-submit, which refuses a proxy user with a principal wherever they came from.
  const merged = applyRequestDefaults({ kind, ...request, heartbeatTimeoutInSecond: setup.heartbeatSeconds }, target);
  checkProxyUserAndPrincipal(merged, impersonationSources(request, setup.options, ctx.env, target.profile?.name));
  return merged;
}

function profileKind(kind: string | undefined): SessionKind | undefined {
  return (SESSION_KINDS as readonly string[]).includes(kind ?? '') ? (kind as SessionKind) : undefined;
}

/** `openSession` for a new session: translates the options, stages local files, creates it and waits for it. */
export async function openNewSession(
  ctx: CommandContext,
  client: LivyClient,
  setup: SessionSetup,
  events: SessionEvents,
): Promise<OpenedSession> {
  const settings = stagingSettingsFor(ctx, {});
  const createRequest = sessionCreateRequest(ctx, setup);
  // Local files go to the stage dir (LIVY_STAGE_DIR or the profile's) before the session is created;
  // without one, into the session through Livy's upload endpoints once it is up (a `livy local`
  // server reads them where they are).
  const uploadLater = !settings.dir && !isLocalServerUrl(ctx.target().url, ctx.env);
  const later = uploadLater ? await planUploads(createRequest) : undefined;
  try {
    const request = later ? later.request : (await stageForSubmit(ctx, createRequest, settings, false)).request;
    return await createAndOpen(ctx, client, setup, events, request, later?.uploads ?? []);
  } finally {
    await later?.dispose();
  }
}

async function createAndOpen(
  ctx: CommandContext,
  client: LivyClient,
  setup: SessionSetup,
  events: SessionEvents,
  request: CreateSessionRequest,
  uploads: readonly SessionUpload[],
): Promise<OpenedSession> {
  const signal = events.signal ?? ctx.signal;
  // The name finds the session again if the reply to the POST is lost.
  const name = request.name ?? uniqueSessionName(setup.command ?? 'run');
  const nameWasFree = request.name === undefined || (await nameIsFree(client, name, signal));
  const session = await createSessionByName(
    client,
    { ...request, name },
    {
      interrupt: signal,
      stop: ctx.stopSignal,
      onAwaitingReply: () =>
        ctx.out.info(
          `interrupted: waiting up to ${formatDuration(CREATE_GRACE_AFTER_INTERRUPT_MS)} for the server to answer the session creation, to delete what it created (Ctrl-C again: stop now)`,
        ),
    },
    nameWasFree,
  );
  events.onCreated?.(session);
  const identity = identityOf(session);
  try {
    const opened = await waitUntilReady(ctx, client, session, identity, setup, events, true);
    await uploadIntoSession(ctx, client, opened.id, uploads, signal);
    return opened;
  } catch (error) {
    const outcome = await deleteOwnSession(client, identity, ctx.stopSignal.aborted ? URGENT_DELETE_DEADLINE_MS : DELETE_DEADLINE_MS);
    if (error instanceof CliError) {
      throw new CliError(`${error.message}; ${describeDeletion(session.id, outcome, 'it').text}`, error.kind, error.hint);
    }
    const deletion = describeDeletion(session.id, outcome);
    if (deletion.ok) ctx.out.info(deletion.text);
    else ctx.out.warn(deletion.text);
    throw error;
  }
}
