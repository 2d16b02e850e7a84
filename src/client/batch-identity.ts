import type { Batch, SessionState } from './schemas.js';

// States a batch never returns to once it ran: seeing one again under the same id means another batch.
const NOT_YET_RUN: ReadonlySet<SessionState> = new Set(['not_started', 'starting']);
const HAS_RUN: ReadonlySet<SessionState> = new Set(['running', 'idle', 'busy', 'success', 'dead', 'error', 'killed']);

/**
 * Why `current`, found under the id of `known`, cannot be the same batch or session; undefined
 * when it may be. Livy gives ids from a counter that restarts with a server that has no recovery,
 * so after a restart the same id can name somebody else's job. Livy's view has no creation time
 * or tag, so this compares what it does give: name, owner, proxy user, application id, and
 * whether the state went back to before running.
 */
export function identityChange(known: Batch, current: Batch): string | undefined {
  if ((known.name ?? null) !== (current.name ?? null)) {
    return current.name ? `it is now named '${current.name}'` : 'it no longer has a name';
  }
  if (known.owner && current.owner && known.owner !== current.owner) return `it now belongs to ${current.owner}`;
  if (known.proxyUser && current.proxyUser && known.proxyUser !== current.proxyUser) {
    return `it now runs as ${current.proxyUser}`;
  }
  if (known.appId && current.appId !== known.appId) {
    return current.appId ? `its application is now ${current.appId}` : 'it has no application yet, but ours had one';
  }
  if (HAS_RUN.has(known.state) && NOT_YET_RUN.has(current.state)) return `it is ${current.state} again after running`;
  return undefined;
}
