import type { Session } from '../../client/schemas.js';

/**
 * What tells the session this command works in apart from another one that later gets its id
 * (Livy reuses ids after a restart without recovery): its name and, once it has one, its
 * Spark application id.
 */
export interface SessionIdentity {
  id: number;
  name?: string | null;
  appId?: string | null;
}

export function identityOf(session: Session): SessionIdentity {
  return { id: session.id, name: session.name, appId: session.appId };
}

/** How `seen` differs from the session known as `known`, or undefined when it is the same one as far as Livy tells. */
export function identityMismatch(known: SessionIdentity, seen: Session): string | undefined {
  if (known.name && seen.name !== known.name) return `it is now named '${seen.name ?? ''}', not '${known.name}'`;
  if (known.appId && seen.appId && seen.appId !== known.appId) return `its application is now ${seen.appId}, not ${known.appId}`;
  return undefined;
}

/** `known` with what a later view of the same session adds (the application id once it started). */
export function refineIdentity(known: SessionIdentity, seen: Session): SessionIdentity {
  return known.appId || !seen.appId ? known : { ...known, appId: seen.appId };
}
