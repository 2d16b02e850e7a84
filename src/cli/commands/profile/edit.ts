import { ProfileStore } from '../../../profiles/store.js';
import type { Profile } from '../../../profiles/schema.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import { requireProfile } from './lookup.js';
import { applySettings, readGivenSecrets, type ProfileSettings } from './settings.js';
import { profileView, renderProfile } from './view.js';

export async function editProfile(ctx: CommandContext, options: ProfileSettings, name: string): Promise<void> {
  const store = new ProfileStore(ctx.env);
  requireProfile(store, name);
  const secrets = await readGivenSecrets(ctx, options);
  let profile: Profile | undefined;
  await store.update((data) => {
    // Applied to the profile as it is under the lock: a change another livy made meanwhile stays.
    if (!Object.hasOwn(data.profiles, name)) throw new UsageError(`profile '${name}' was removed meanwhile; nothing was changed`);
    profile = applySettings(ctx, data.profiles[name]!, options, secrets) as Profile;
    data.profiles[name] = profile;
  });
  ctx.out.success(`updated profile '${name}'`);
  ctx.out.result(profileView(name, profile!), () => renderProfile(name, profile!));
}
