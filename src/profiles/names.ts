import { LOCAL_PROFILE } from './paths.js';
import { readProfiles } from './store.js';

/** Profile names for shell completion: the saved ones and `local`; nothing when the file is broken. */
export function profileNames(env: Record<string, string | undefined>): string[] {
  let names: string[] = [];
  try {
    names = Object.keys(readProfiles(env)?.data.profiles ?? {});
  } catch {
    /* a broken file: complete nothing rather than fail on Tab */
  }
  return [...new Set([...names, LOCAL_PROFILE])].sort();
}
