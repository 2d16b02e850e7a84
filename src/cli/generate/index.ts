/**
 * Generated artefacts of the command tree: shell completion scripts and the man page. Built as
 * its own entry point (dist/cli/generate.js) for scripts/gen.mjs, and loaded lazily by
 * `livy completion`. Everything here is pure: same tree, same bytes.
 */
import type { Command } from 'commander';
import packageJson from '../../../package.json' with { type: 'json' };
import { buildProgram } from '../program.js';
import { bashCompletion } from './bash.js';
import { fishCompletion } from './fish.js';
import { manPage } from './man-page.js';
import { buildModel, type CliCommand } from './model.js';
import { zshCompletion } from './zsh.js';

export type Shell = 'bash' | 'zsh' | 'fish';

const GENERATORS: Record<Shell, (root: CliCommand) => string> = {
  bash: bashCompletion,
  zsh: zshCompletion,
  fish: fishCompletion,
};

export { buildModel } from './model.js';
export type { CliCommand } from './model.js';

export async function completionScript(shell: Shell, program: Command = buildProgram()): Promise<string> {
  return GENERATORS[shell](await buildModel(program));
}

/** Every generated file, keyed by its path from the package root. */
export async function generatedFiles(program: Command = buildProgram()): Promise<Record<string, string>> {
  const model = await buildModel(program);
  return {
    'completions/livy.bash': bashCompletion(model),
    'completions/livy.zsh': zshCompletion(model),
    'completions/livy.fish': fishCompletion(model),
    'man/livy.1': manPage(model, { packageName: packageJson.name, version: packageJson.version }),
  };
}
