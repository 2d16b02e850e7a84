/**
 * Values the completion scripts ask for at completion time, with `livy __complete <source>`
 * (one value a line on stdout). A command marks an option or argument with
 * `completeWith(option, { dynamic: '<source>' })` (see `./hints.ts`) and adds its source here,
 * loading whatever it needs lazily. Sources must be quick and must not talk to a server unless
 * that is cheap: they run on every Tab press.
 */
export const COMPLETION_SOURCES: Readonly<Record<string, (env: NodeJS.ProcessEnv) => Promise<readonly string[]>>> = {
  'output-formats': async () => (await import('../output.js')).OUTPUT_FORMATS,
  profiles: async (env) => (await import('../../profiles/names.js')).profileNames(env),
};

export function completionSourceNames(): string[] {
  return Object.keys(COMPLETION_SOURCES).sort();
}
