import type { Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/program.js';
import { SESSION_COMMAND_OPTIONS, type SessionCommand } from '../../../src/cli/session/session-command-options.js';
import { sessionSparkOptions } from '../../../src/cli/session/session-flags.js';
import { COMMON_OPTIONS } from '../../../src/submit/common-options.js';

const notOwn = new Set([...COMMON_OPTIONS.map((o) => o.long), ...sessionSparkOptions().map((o) => o.name)]);

function ownOptions(name: SessionCommand): { flags: string; description: string; choices?: string[] }[] {
  const command = buildProgram().commands.find((c) => c.name() === name)!;
  return command.options
    .filter((o: Option) => !notOwn.has(o.long!))
    .map((o: Option) => ({ flags: o.flags, description: o.description, ...(o.argChoices ? { choices: o.argChoices } : {}) }));
}

describe('the options livy run and livy repl declare of their own', () => {
  it.each(['run', 'repl'] as const)('livy %s takes its own from the table, in its order, with its help texts', (name) => {
    const declared = SESSION_COMMAND_OPTIONS.filter((o) => o.commands.includes(name)).map((o) => ({
      flags: `${o.short ? `${o.short}, ` : ''}${o.long}${o.arg ? ` <${o.arg}>` : ''}`,
      description: o.help,
      ...(o.choices ? { choices: [...o.choices] } : {}),
    }));
    expect(ownOptions(name)).toEqual(declared);
  });
});
