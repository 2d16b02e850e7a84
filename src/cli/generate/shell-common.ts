import type { CompletionSource } from './hints.js';
import type { CliCommand } from './model.js';

/** How a value completes, as one word the bash and fish scripts switch on. */
export function sourceKey(source: CompletionSource): string {
  if (source === 'files') return 'files';
  if (source === 'directories') return 'dirs';
  if (source === 'none') return 'none';
  if ('choices' in source) return `choices:${source.choices.join(' ')}`;
  return `dynamic:${source.dynamic}`;
}

/** A string as one POSIX shell word (single quotes). */
export function shQuote(value: string): string {
  return /^[A-Za-z0-9_.,:/=+@%-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Options grouped by how their value completes, in first-seen order: `[key, flags][]`. */
export function valueOptionsBySource(command: CliCommand): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const option of command.options) {
    if (!option.takesValue) continue;
    const key = sourceKey(option.values);
    groups.set(key, [...(groups.get(key) ?? []), ...option.flags]);
  }
  return [...groups];
}

/** The one-line summary of a description (its first sentence or line). */
export function summary(description: string): string {
  return description.split('\n')[0]!.trim();
}

export const GENERATED_NOTE = 'Generated from the command tree by `npm run gen` (scripts/gen.mjs); do not edit.';
