import { LOCAL_PROFILE } from '../../../profiles/paths.js';
import type { Profile } from '../../../profiles/schema.js';
import type { ProfileStore } from '../../../profiles/store.js';
import { UsageError } from '../../../errors/cli-error.js';

export function requireProfile(store: ProfileStore, name: string): Profile {
  const profile = store.get(name);
  if (profile) return profile;
  if (name === LOCAL_PROFILE) throw new UsageError(`'${LOCAL_PROFILE}' is built in (the server of 'livy local') and cannot be changed`);
  const known = Object.keys(store.read().profiles);
  throw new UsageError(
    `no profile named '${name}'`,
    known.length ? `known profiles: ${known.join(', ')}` : "create one with 'livy profile add NAME --url URL'",
  );
}
