/**
 * Staging as `livy submit` (and the session commands) use it: settings first (they decide how
 * relative paths are translated), then the request staged before it is sent. A staging failure
 * becomes a CliError: exit 2 for what the user must fix, exit 3 for the store or the network.
 */
import { StagingError } from '../../../staging/errors.js';
import { openStageStore } from '../../../staging/open-store.js';
import type { StageableRequest } from '../../../staging/local-references.js';
import type { StageDir } from '../../../staging/stage-dir.js';
import { stageRequest } from '../../../staging/stage-request.js';
import type { StageStore } from '../../../staging/stage-store.js';
import type { StagedFile } from '../../../staging/upload-plan.js';
import type { CommandContext } from '../../context.js';
import { CliError, UsageError } from '../../../errors/cli-error.js';
import { formatBytes } from '../../byte-text.js';
import { isLocalServerUrl } from '../../../local/state.js';
import { localClusterStage } from './local-cluster-stage.js';
import { resolveStagingSettings, selectedProfile, type StagingFlags, type StagingSettings } from './staging-settings.js';
import { uploadProgressLine } from './upload-progress.js';

export function asCliError(error: unknown): unknown {
  if (error instanceof StagingError) {
    return new CliError(error.message, error.failure === 'input' ? 'usage' : 'server', error.hint);
  }
  if (error instanceof TypeError && /^LIVY_/.test(error.message)) return new UsageError(error.message);
  return error;
}

export function stagingSettingsFor(ctx: CommandContext, flags: StagingFlags = {}): StagingSettings {
  try {
    const target = ctx.target();
    return resolveStagingSettings(flags, ctx.env, selectedProfile(ctx), {
      ...(isLocalServerUrl(target.url, ctx.env) ? { localCluster: localClusterStage(ctx.env) } : {}),
      server: { kerberos: target.auth.type === 'kerberos' },
    });
  } catch (error) {
    throw asCliError(error);
  }
}

/** The store of the stage dir; an HDFS one trusts and presents what the server's TLS settings say (PEM files read now). */
export async function openStoreFor(ctx: CommandContext, dir: StageDir, settings: StagingSettings): Promise<StageStore> {
  const { tls } = ctx.target();
  let { hdfs } = settings;
  if (dir.store === 'hdfs' && (tls.caCert || tls.clientCert || tls.insecure)) {
    const { tlsOptions } = await import('../../../profiles/tls-options.js');
    hdfs = { ...hdfs, tls: tlsOptions(ctx.target()) };
  }
  return openStageStore(dir, { ...settings, hdfs }, ctx.env);
}

export interface SubmitStaging<T> {
  readonly request: T;
  /** Present when a stage dir is set: what was staged (empty when the request names no local file). */
  readonly staged?: readonly StagedFile[];
}

/** Stages the request's local files (a dry run only plans and prints, without any network I/O). */
export async function stageForSubmit<T extends StageableRequest>(
  ctx: CommandContext,
  request: T,
  settings: StagingSettings,
  dryRun: boolean,
): Promise<SubmitStaging<T>> {
  const { dir } = settings;
  if (!dir) return { request };
  const { out } = ctx;
  const progress = uploadProgressLine(out);
  try {
    const result = await stageRequest(request, {
      dir,
      dryRun,
      signal: ctx.signal,
      openStore: () => openStoreFor(ctx, dir, settings),
      onChecked: (toUpload) => out.verbose(`staging: ${toUpload.length} file(s) to upload to ${dir.uri}`),
      onProgress: (p) => progress.update(p),
      onRetry: (file, attempt, error) => out.warn(`upload of ${file.local} failed (${error.message}); retry ${attempt}`),
    });
    progress.stop();
    if (dryRun) {
      for (const file of result.planned) {
        out.info(`dry run: would stage ${file.local} → ${file.uri} (${formatBytes(file.bytes)}, uploaded unless already there)`);
      }
      return { request: result.request };
    }
    const uploaded = result.staged.filter((file) => file.uploaded);
    if (result.staged.length > 0) {
      const bytes = uploaded.reduce((sum, file) => sum + file.bytes, 0);
      out.info(
        `staged ${result.staged.length} file(s) under ${dir.uri}: ${uploaded.length} uploaded (${formatBytes(bytes)}), ${result.staged.length - uploaded.length} already there`,
      );
    }
    return { request: result.request, staged: result.staged };
  } catch (error) {
    progress.stop();
    throw asCliError(error);
  }
}
