import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

type Env = Record<string, string | undefined>;

/** `$LIVY_CONFIG_DIR`, else `$XDG_CONFIG_HOME/livy-cli`, else `~/.config/livy-cli`. */
export function configDir(env: Env): string {
  if (env.LIVY_CONFIG_DIR) return resolve(env.LIVY_CONFIG_DIR);
  const base = env.XDG_CONFIG_HOME ? resolve(env.XDG_CONFIG_HOME) : join(env.HOME || homedir(), '.config');
  return join(base, 'livy-cli');
}

const PROFILES_FILE_NAME = 'profiles.json';

export function profilesFile(env: Env): string {
  return join(configDir(env), PROFILES_FILE_NAME);
}

/** The name of the built-in profile for the server `livy local` runs. */
export const LOCAL_PROFILE = 'local';
