import { ProfileStore } from '../../../profiles/store.js';
import type { Profile } from '../../../profiles/schema.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { requireProfile } from './lookup.js';
import { applySettings, type ProfileSettings } from './settings.js';
import { profileView, renderProfile } from './view.js';

export async function editProfile(ctx: CommandContext, options: ProfileSettings, name: string): Promise<void> {
  const store = new ProfileStore(ctx.env);
  const current = requireProfile(store, name);
  const profile = (await applySettings(ctx, current, options)) as Profile;
  await store.update((data) => {
    if (!Object.hasOwn(data.profiles, name)) throw new UsageError(`profile '${name}' was removed meanwhile; nothing was changed`);
    data.profiles[name] = profile;
  });
  ctx.out.success(`updated profile '${name}'`);
  ctx.out.result(profileView(name, profile), () => renderProfile(name, profile));
}
