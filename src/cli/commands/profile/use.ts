import { LOCAL_PROFILE } from '../../../profiles/paths.js';
import { ProfileStore } from '../../../profiles/store.js';
import type { CommandContext } from '../../context.js';
import { requireProfile } from './lookup.js';

export async function useProfile(ctx: CommandContext, name: string): Promise<void> {
  const store = new ProfileStore(ctx.env);
  if (name !== LOCAL_PROFILE || store.get(name)) requireProfile(store, name);
  await store.update((data) => {
    data.current = name;
  });
  const overridden = ctx.env.LIVY_PROFILE ? ` (but LIVY_PROFILE=${ctx.env.LIVY_PROFILE} is set and wins)` : '';
  ctx.out.success(`commands now use profile '${name}'${overridden}`);
  ctx.out.result({ current: name }, () => '');
}
