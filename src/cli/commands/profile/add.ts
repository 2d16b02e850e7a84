import { checkProfileName, isReservedProfileName, ProfileStore } from '../../../profiles/store.js';
import type { Profile } from '../../../profiles/schema.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../../errors/cli-error.js';
import { applySettings, readGivenSecrets, type ProfileSettings } from './settings.js';
import { profileView, renderProfile } from './view.js';

export async function addProfile(ctx: CommandContext, options: ProfileSettings, name: string): Promise<void> {
  checkProfileName(name);
  if (isReservedProfileName(name)) throw new UsageError(`'${name}' is the built-in profile of 'livy local'; choose another name`);
  if (options.url === undefined)
    throw new UsageError('profile add needs --url', `e.g. livy profile add ${name} --url https://livy.example.com:8998`);
  const store = new ProfileStore(ctx.env);
  if (store.get(name))
    throw new UsageError(`a profile named '${name}' exists already`, `change it with 'livy profile edit ${name} …', or remove it first`);
  const profile = applySettings(ctx, {}, options, await readGivenSecrets(ctx, options)) as Profile;
  let first = false;
  await store.update((data) => {
    // Checked again under the lock: another livy may have saved the same name meanwhile.
    if (Object.hasOwn(data.profiles, name))
      throw new UsageError(`a profile named '${name}' exists already`, `change it with 'livy profile edit ${name} …', or remove it first`);
    first = Object.keys(data.profiles).length === 0;
    data.profiles[name] = profile;
    if (first && !data.current) data.current = name;
  });
  if (profile.insecure) ctx.out.warn(`profile '${name}' does not verify TLS certificates (--insecure)`);
  ctx.out.success(`saved profile '${name}' in ${store.file}${first ? ' (now the default: first profile)' : ''}`);
  ctx.out.result(profileView(name, profile), () => renderProfile(name, profile));
}
