import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { UsageError } from '../cli/errors.js';
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

/** Reads and validates the profiles file; undefined when there is none. Never writes. */
export function readProfiles(env: Env): LoadedProfiles | undefined {
  const file = profilesFile(env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ProfileFileError(file, (error as Error).message);
  }
  return { file, data: parseProfiles(file, text), warnings: permissionWarnings(file, text) };
}

export function parseProfiles(file: string, text: string): ProfileFile {
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
  if (withLine) return `line ${withLine[1]}, column ${withLine[2]}: ${message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/, "[^]*$/, '')}`;
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
 * The profiles store: read with `readProfiles`, changed through `update`, which validates the
 * whole file and writes it atomically (with `conf`) as mode 0600 in a 0700 directory. A file that
 * does not parse is never overwritten.
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
    return Object.hasOwn(this.read().profiles, name) ? this.read().profiles[name] : undefined;
  }

  /** Reads, applies `change` to a copy, validates and writes. */
  async update(change: (data: ProfileFile) => ProfileFile | void): Promise<ProfileFile> {
    const current = this.read(); // throws on a broken file, before anything is written
    const draft = structuredClone(current);
    const next = change(draft) ?? draft;
    const result = profileFileSchema.safeParse(next);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new UsageError(`that change would leave an invalid profile: ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, 'nothing was written');
    }
    await this.write(result.data);
    return result.data;
  }

  private async write(data: ProfileFile): Promise<void> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    const { default: Conf } = await import('conf');
    const conf = new Conf<ProfileFile>({
      cwd: dirname(this.file),
      configName: 'profiles',
      configFileMode: 0o600,
      clearInvalidConfig: false,
      accessPropertiesByDotNotation: false,
      serialize: (value) => `${JSON.stringify(value, null, 2)}\n`,
    });
    conf.store = data;
    if (existsSync(this.file)) chmodSync(this.file, 0o600);
  }
}

export function isReservedProfileName(name: string): boolean {
  return name === LOCAL_PROFILE;
}
