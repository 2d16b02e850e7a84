import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command, Option } from 'commander';
import { ExitCode } from '../../src/errors/exit-codes.js';
import { bashCompletion } from '../../src/cli/generate/bash.js';
import { fishCompletion } from '../../src/cli/generate/fish.js';
import { completeWith } from '../../src/cli/generate/hints.js';
import { buildModel, generatedFiles } from '../../src/cli/generate/index.js';
import { manPage } from '../../src/cli/generate/man-page.js';
import { leaves, walk } from '../../src/cli/generate/model.js';
import { zshCompletion } from '../../src/cli/generate/zsh.js';
import { buildProgram } from '../../src/cli/program.js';
import { runCli } from '../support/run-cli.js';

const root = join(import.meta.dirname, '..', '..');

/** A tool the checks need. Off CI a missing one skips its check; in CI (.ci/run installs them) it fails it. */
function has(tool: string): boolean {
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
  return ci || spawnSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' }).status === 0;
}

function readCommitted(path: string): string | undefined {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
}

let files: Record<string, string>;
let work: string;

beforeAll(async () => {
  files = await generatedFiles();
  work = mkdtempSync(join(tmpdir(), 'livy-generate-'));
  for (const name of ['app.py', 'app.jar', 'deps.zip']) writeFileSync(join(work, name), '');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated files', () => {
  it.each(['completions/livy.bash', 'completions/livy.zsh', 'completions/livy.fish', 'man/livy.1'])('%s is up to date', (path) => {
    const committed = readCommitted(path);
    expect(committed !== undefined, `${path} is missing: run npm run gen`).toBe(true);
    // Not toEqual on the whole text first: the message must say what to do.
    expect(committed === files[path], `${path} differs from the command tree: run npm run gen`).toBe(true);
  });

  it('are deterministic', async () => {
    expect(await generatedFiles()).toEqual(files);
    for (const text of Object.values(files)) expect(text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });

  it('livy completion SHELL prints the same scripts', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const run = await runCli(['completion', shell]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(files[`completions/livy.${shell}`]);
    }
  });

  it('livy completion rejects an unknown shell with one line and exit 2', async () => {
    const run = await runCli(['completion', 'tcsh']);
    expect(run.code).toBe(ExitCode.Usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("unknown shell 'tcsh'");
  });

  it('livy __complete prints a source one value a line, and is hidden', async () => {
    const run = await runCli(['__complete', 'output-formats']);
    expect(run).toMatchObject({ code: 0, stdout: 'text\njson\n' });
    const unknown = await runCli(['__complete', 'nope']);
    expect(unknown.code).toBe(ExitCode.Usage);
    expect(unknown.stdout).toBe('');
    const help = await runCli(['--help']);
    expect(help.stdout).not.toContain('__complete');
    for (const text of Object.values(files)) expect(text).not.toMatch(/^\s*'?__complete\b/m);
  });
});

describe('completion sources', () => {
  it('every dynamic source the command tree uses exists in COMPLETION_SOURCES', async () => {
    const { COMPLETION_SOURCES } = await import('../../src/cli/generate/sources.js');
    const model = await buildModel(buildProgram());
    const used = new Set<string>();
    for (const command of walk(model)) {
      for (const source of [...command.options.map((o) => o.values), ...command.arguments.map((a) => a.values)]) {
        if (typeof source === 'object' && 'dynamic' in source) used.add(source.dynamic);
      }
    }
    expect([...used].filter((name) => !Object.hasOwn(COMPLETION_SOURCES, name))).toEqual([]);
  });
});

describe('bash completion', () => {
  const script = (): string => files['completions/livy.bash']!;

  /** Runs the completion function for a command line ending in the word being completed. */
  function complete(words: string[], text = script()): string[] {
    const scriptPath = join(work, 'livy.bash');
    writeFileSync(scriptPath, text);
    const program = [
      `source ${JSON.stringify(scriptPath)}`,
      'COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))',
      '_livy',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const out = execFileSync('bash', ['-c', program, 'bash', ...words], { cwd: work, encoding: 'utf8' });
    return out.split('\n').filter(Boolean).sort();
  }

  it('passes bash -n', () => {
    const result = spawnSync('bash', ['-n'], { input: script(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('offers every top-level command', () => {
    const names = buildProgram()
      .commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
      .map((c) => c.name());
    expect(names).toContain('submit');
    for (const name of names) expect(script()).toContain(name);
    expect(complete(['livy', ''])).toEqual([...names, 'help'].sort());
  });

  it('completes nested commands through aliases, and their options', () => {
    expect(complete(['livy', 'batches', 'l'])).toEqual(['list', 'logs']);
    expect(complete(['livy', 'batch', 'ls', '--f'])).toEqual(['--from']);
    expect(complete(['livy', '--url', 'http://x', 'batches', 'w'])).toEqual(['wait']);
    expect(complete(['livy', 'batches', 'logs', '-'])).toEqual(expect.arrayContaining(['--follow', '--output', '--url']));
  });

  it('completes --output with text and json in every spelling', () => {
    expect(complete(['livy', 'batches', 'list', '--output', ''])).toEqual(['json', 'text']);
    expect(complete(['livy', 'batches', 'list', '-o', 'j'])).toEqual(['json']);
    expect(complete(['livy', 'batches', 'list', '--output', '=', ''])).toEqual(['json', 'text']);
    expect(complete(['livy', 'batches', 'list', '--output', '=', 't'])).toEqual(['text']);
    expect(complete(['livy', 'submit', '--output', ''])).toEqual(['json', 'text']);
  });

  it('completes livy submit like spark-submit: its own options, files for file options and the application', () => {
    expect(complete(['livy', 'submit', '--py'])).toEqual(['--py-files']);
    expect(complete(['livy', 'submit', '--exec'])).toEqual(['--executor-cores', '--executor-memory']);
    expect(complete(['livy', 'submit', '--py-files', 'dep'])).toEqual(['deps.zip']);
    expect(complete(['livy', 'submit', '--class', 'X', 'app'])).toEqual(['app.jar', 'app.py']);
    // After the application file everything is the application's: no livy options.
    expect(complete(['livy', 'submit', 'app.py', '--dr'])).toEqual([]);
    expect(complete(['livy', 'submit', 'app.py', 'a'])).toEqual(['app.jar', 'app.py']);
  });

  it('completes positional choices and the help command', () => {
    expect(complete(['livy', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    expect(complete(['livy', 'help', 'b'])).toEqual(['batches']);
    expect(complete(['livy', 'batches', 'get', ''])).toEqual([]);
  });

  it('asks `livy __complete SOURCE` for options marked with a dynamic source', async () => {
    const program = new Command('livy');
    program.command('use').addOption(completeWith(new Option('--profile <name>', 'a profile'), { dynamic: 'profiles' }));
    const text = bashCompletion(await buildModel(program));
    const fake = join(work, 'fake-livy');
    writeFileSync(fake, '#!/bin/sh\n[ "$1 $2" = "__complete profiles" ] && printf "dev\\nprod\\n"\n', { mode: 0o755 });
    expect(complete([fake, 'use', '--profile', ''], text)).toEqual(['dev', 'prod']);
    expect(complete([fake, 'use', '--profile', 'p'], text)).toEqual(['prod']);
    expect(zshCompletion(await buildModel(program))).toContain('__livy_values profiles');
    expect(fishCompletion(await buildModel(program))).toContain('(__livy_values profiles)');
  });
});

describe('zsh and fish completion', () => {
  it.skipIf(!has('zsh'))('zsh script passes zsh -n', () => {
    const result = spawnSync('zsh', ['-n'], { input: files['completions/livy.zsh'], encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('fish'))('fish script passes fish -n', () => {
    const path = join(work, 'livy.fish');
    writeFileSync(path, files['completions/livy.fish']!);
    const result = spawnSync('fish', ['-n', path], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('name every command, alias and option', async () => {
    const model = await buildModel(buildProgram());
    const zsh = files['completions/livy.zsh']!;
    const fish = files['completions/livy.fish']!;
    expect(zsh.startsWith('#compdef livy\n')).toBe(true);
    for (const command of leaves(model)) {
      for (const alias of command.aliases) {
        expect(zsh).toContain(`'${alias}'`);
        expect(fish).toContain(`|${alias}'`);
      }
      for (const option of command.options) {
        for (const flag of option.flags) {
          expect(zsh).toContain(flag);
          expect(fish).toContain(flag.startsWith('--') ? `-l '${flag.slice(2)}'` : `-s '${flag.slice(1)}'`);
        }
      }
    }
  });
});

describe('man page', () => {
  const page = (): string => files['man/livy.1']!;

  it.skipIf(!has('groff'))('formats without warnings (groff -man -ww)', () => {
    const result = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z'], { input: page(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.skipIf(!has('man'))('formats without warnings (man --warnings -l)', () => {
    const path = join(work, 'livy.1');
    writeFileSync(path, page());
    const result = spawnSync('man', ['--warnings', '-l', path], {
      encoding: 'utf8',
      env: { ...process.env, MANPAGER: 'cat', PAGER: 'cat', MANWIDTH: '80' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('EXIT STATUS');
  });

  it('has the sections of a man page, the version and no date', () => {
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(page()).toContain(`.TH LIVY 1 "" "livy-cli ${version}" "User Commands"`);
    for (const section of ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', '"EXIT STATUS"', 'ENVIRONMENT', 'FILES', 'EXAMPLES']) {
      expect(page()).toContain(`\n.SH ${section}\n`);
    }
  });

  it('documents every exit code and environment variable', () => {
    for (const code of [0, 1, 2, 3, 4, 5, 130]) expect(page()).toMatch(new RegExp(`\\n\\.TP\\n\\\\fB${code}\\\\fR\\n`));
    expect(Object.values(ExitCode).sort()).toEqual([0, 1, 2, 3, 4, 5, 130].sort());
    for (const name of ['LIVY_URL', 'NO_COLOR', 'LIVY_LOCAL_HOME', 'XDG_CACHE_HOME']) expect(page()).toContain(`\\fB${name}\\fR`);
  });

  it('documents every command with its usage and options, submit options grouped', async () => {
    const model = await buildModel(buildProgram());
    const roff = (text: string) => text.replace(/-/g, '\\-');
    for (const command of leaves(model)) {
      expect(page()).toContain(`.SS "livy ${command.path.join(' ')}"`);
      expect(page()).toContain(`Usage: \\fB${roff(['livy', ...command.path].join(' '))}\\fR`);
    }
    for (const flag of ['--py-files', '--num-executors', '--dry-run', '--follow', '--from']) {
      expect(page()).toContain(`\\fB${roff(flag)}\\fR`);
    }
    const submit = page().slice(page().indexOf('.SS "livy submit"'));
    const order = ['Livy options', 'Application and dependencies:', 'Configuration:', 'Driver:', 'Spark on YARN only:'];
    const positions = order.map((heading) => submit.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes roff: no line starts with a stray control character, hyphens in options are \\-', () => {
    for (const line of page().split('\n')) {
      if (line.startsWith('.') || line.startsWith("'")) expect(line).toMatch(/^(\.[A-Za-z]{1,2}\b|\.\\")/);
    }
    expect(page()).not.toMatch(/\\fB--/);
  });

  it('takes the version it is given', async () => {
    const text = manPage(await buildModel(buildProgram()), { packageName: 'x', version: '9.9.9' });
    expect(text).toContain('"x 9.9.9"');
  });
});
