import { checkProfileName, isReservedProfileName, ProfileStore } from '../../../profiles/store.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import { requireProfile } from './lookup.js';

export async function renameProfile(ctx: CommandContext, from: string, to: string): Promise<void> {
  checkProfileName(to);
  if (isReservedProfileName(to)) throw new UsageError(`'${to}' is the built-in profile of 'livy local'; choose another name`);
  const store = new ProfileStore(ctx.env);
  const profile = requireProfile(store, from);
  if (from === to) return;
  if (store.get(to)) throw new UsageError(`a profile named '${to}' exists already`);
  await store.update((data) => {
    if (!Object.hasOwn(data.profiles, from)) throw new UsageError(`profile '${from}' was removed meanwhile; nothing was changed`);
    if (Object.hasOwn(data.profiles, to)) throw new UsageError(`a profile named '${to}' exists already`);
    delete data.profiles[from];
    data.profiles[to] = profile;
    if (data.current === from) data.current = to;
  });
  ctx.out.success(`renamed profile '${from}' to '${to}'`);
}
