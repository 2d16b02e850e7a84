import { ProfileStore } from '../../../profiles/store.js';
import type { CommandContext } from '../../context.js';
import { requireProfile } from './lookup.js';

export async function removeProfile(ctx: CommandContext, name: string): Promise<void> {
  const store = new ProfileStore(ctx.env);
  requireProfile(store, name);
  let wasCurrent = false;
  await store.update((data) => {
    delete data.profiles[name];
    if (data.current === name) {
      delete data.current;
      wasCurrent = true;
    }
  });
  ctx.out.success(`removed profile '${name}'${wasCurrent ? '; no profile is the default now' : ''}`);
}
