import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { UsageError } from '../errors/cli-error.js';
import { readTextFileBounded } from '../text/read-bounded.js';
import { withFileLock } from './file-lock.js';
import { configDir, LOCAL_PROFILE, profilesFile } from './paths.js';
import { PROFILE_NAME, profileFileSchema, type Profile, type ProfileFile } from './schema.js';

type Env = Record<string, string | undefined>;

/** The profiles file is unreadable or invalid; it is left exactly as it is. */
export class ProfileFileError extends UsageError {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`the profiles file ${file} is not valid: ${detail}`, `fix it by hand (it was not changed), or move it away to start afresh`);
    this.name = 'ProfileFileError';
  }
}

export interface LoadedProfiles {
  file: string;
  data: ProfileFile;
  /** Things worth a warning, e.g. a file with stored secrets that others can read. */
  warnings: string[];
}

/** Hundreds of times what any profiles file holds; a bigger one is not ours. */
const MAX_PROFILES_BYTES = 4 * 1024 * 1024;

/** Reads and validates the profiles file; undefined when there is none. Never writes. */
export function readProfiles(env: Env): LoadedProfiles | undefined {
  const file = profilesFile(env);
  let text: string;
  try {
    text = readTextFileBounded(file, MAX_PROFILES_BYTES);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ProfileFileError(file, (error as Error).message);
  }
  return { file, data: parseProfiles(file, text), warnings: permissionWarnings(file, text) };
}

function parseProfiles(file: string, text: string): ProfileFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ProfileFileError(file, jsonErrorDetail(text, error as Error));
  }
  const result = profileFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    const line = lineOfPath(text, issue.path.map(String));
    throw new ProfileFileError(file, `${where || 'top level'}: ${issue.message}${line ? ` (line ${line})` : ''}`);
  }
  return result.data;
}

/** `Unexpected token } in JSON at position 45` → `line 3, column 7: Unexpected token }`. */
function jsonErrorDetail(text: string, error: Error): string {
  const message = error.message.replace(/^JSON\.parse: /, '');
  const withLine = /\(line (\d+) column (\d+)\)/.exec(message);
  if (withLine)
    return `line ${withLine[1]}, column ${withLine[2]}: ${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/, "[^]*$/, '')}`;
  const position = /at position (\d+)/.exec(message);
  const short = message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, '');
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `line ${line}, column ${column}: ${short}`;
  }
  if (/Unexpected end of JSON input/.test(message)) return `line ${text.split('\n').length}: the file ends too early`;
  return short;
}

/** Best effort: the line where the last key of `path` appears, for schema errors. */
function lineOfPath(text: string, path: string[]): number | undefined {
  let from = 0;
  for (const key of path) {
    const at = text.indexOf(JSON.stringify(key), from);
    if (at < 0) break;
    from = at;
  }
  return from > 0 ? text.slice(0, from).split('\n').length : undefined;
}

function permissionWarnings(file: string, text: string): string[] {
  if (!text.includes('"stored"')) return [];
  try {
    const mode = statSync(file).mode & 0o777;
    if (mode & 0o077) {
      return [`${file} holds a stored secret and others can read it (mode ${mode.toString(8)}); run: chmod 600 '${file}'`];
    }
  } catch {
    /* gone meanwhile */
  }
  return [];
}

export function checkProfileName(name: string): string {
  if (!PROFILE_NAME.test(name)) {
    throw new UsageError(
      `'${name}' is not a valid profile name`,
      'use letters, digits, dot, dash and underscore, starting with a letter or digit',
    );
  }
  return name;
}

/**
 * The profiles store: read with `readProfiles`, changed through `update`, which takes a lock,
 * re-reads, validates the whole file and writes it atomically (with `conf`) as mode 0600. A new
 * directory is made 0700; an existing one is never chmod-ed. A file that does not parse is never
 * overwritten.
 */
export class ProfileStore {
  readonly file: string;
  readonly dir: string;

  constructor(private readonly env: Env) {
    this.dir = configDir(env);
    this.file = profilesFile(env);
  }

  read(): ProfileFile {
    return readProfiles(this.env)?.data ?? { profiles: {} };
  }

  get(name: string): Profile | undefined {
    const profiles = this.read().profiles;
    return Object.hasOwn(profiles, name) ? profiles[name] : undefined;
  }

  /**
   * Under the lock: reads the file as it is now, applies `change` to a copy, validates and
   * writes. `change` may throw (e.g. the name was taken meanwhile): nothing is written then.
   */
  async update(change: (data: ProfileFile) => ProfileFile | void): Promise<ProfileFile> {
    this.read(); // a broken file fails here, before any directory or lock is made
    this.prepareDirectory();
    const { default: Conf } = await import('conf'); // loaded before the lock, to hold it briefly
    return withFileLock(this.file, async () => {
      const current = this.read();
      const draft = structuredClone(current);
      const next = change(draft) ?? draft;
      const result = profileFileSchema.safeParse(next);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new UsageError(
          `that change would leave an invalid profile: ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
          'nothing was written',
        );
      }
      this.checkFileWritable();
      const conf = new Conf<ProfileFile>({
        cwd: this.dir,
        configName: 'profiles',
        configFileMode: 0o600,
        clearInvalidConfig: false,
        accessPropertiesByDotNotation: false,
        serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
      });
      conf.store = result.data;
      // The file is this tool's own: a loosened mode is tightened again (it may hold secrets).
      if (existsSync(this.file)) chmodSync(this.file, 0o600);
      return result.data;
    });
  }

  /** Makes the directory (0700) when missing; fails, without touching it, when it is read-only. */
  private prepareDirectory(): void {
    if (!existsSync(this.dir)) {
      try {
        mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      } catch (error) {
        throw new UsageError(
          `cannot create the config directory ${this.dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          'set LIVY_CONFIG_DIR to a writable directory',
        );
      }
      return;
    }
    if (!writable(this.dir)) {
      throw new UsageError(
        `the config directory ${this.dir} is read-only; nothing was written`,
        `make it writable (chmod u+w '${this.dir}'), or set LIVY_CONFIG_DIR to another directory`,
      );
    }
  }

  private checkFileWritable(): void {
    if (existsSync(this.file) && !writable(this.file)) {
      throw new UsageError(
        `the profiles file ${this.file} is read-only; nothing was written`,
        `make it writable (chmod u+w '${this.file}') to change profiles`,
      );
    }
  }
}

/**
 * Whether the user lets us write here: the owner's write bit (which root would otherwise
 * ignore: a bit cleared by hand is a decision to respect) and the system's own check.
 */
function writable(path: string): boolean {
  try {
    if ((statSync(path).mode & 0o200) === 0) return false;
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function isReservedProfileName(name: string): boolean {
  return name === LOCAL_PROFILE;
}
