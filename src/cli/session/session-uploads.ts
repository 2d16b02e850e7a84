/** A session's local files without a stage dir: checked before it is created, uploaded once it is up. */
import { openAsBlob } from 'node:fs';
import type { LivyClient } from '../../client/livy-client.js';
import type { CreateSessionRequest } from '../../client/requests.js';
import type { SessionUpload, SessionUploads } from '../../staging/session-uploads.js';
import { asCliError } from '../commands/stage/submit-staging.js';
import type { CommandContext } from '../context.js';
import { baselineWasmOnly } from '../wasm-baseline.js';

export async function planUploads(request: CreateSessionRequest): Promise<SessionUploads<CreateSessionRequest>> {
  const { planSessionUploads } = await import('../../staging/session-uploads.js');
  try {
    return await planSessionUploads(request);
  } catch (error) {
    throw asCliError(error);
  }
}

/** Uploads each file, saying which endpoint took it; a failure ends the command (the caller deletes the session). */
export async function uploadIntoSession(
  ctx: CommandContext,
  client: LivyClient,
  id: number,
  uploads: readonly SessionUpload[],
  signal: AbortSignal,
): Promise<void> {
  if (uploads.length > 0) await baselineWasmOnly();
  for (const upload of uploads) {
    await client.sessions.upload(id, upload.endpoint, { name: upload.name, content: await openAsBlob(upload.source) }, { signal });
    const zipped =
      upload.source !== upload.local
        ? ` (zipped as ${upload.name})`
        : upload.name !== upload.local.split('/').pop()
          ? ` (as ${upload.name})`
          : '';
    ctx.out.info(
      `uploaded ${upload.local}${zipped} into session ${id} through POST /sessions/${id}/upload-${upload.endpoint} (no stage dir set)`,
    );
  }
}
