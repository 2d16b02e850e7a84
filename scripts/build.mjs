// Bundles the CLI (code-split so each command loads only what it needs) and the
// library entry point, then emits the library's type declarations. Builds into a
// fresh directory and swaps it in, so a running `livy` never sees a half-built dist/.
import { build } from 'esbuild';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const out = `dist.tmp-${process.pid}`;
rmSync(out, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

// The CLI bundles the small packages every start-up needs (fewer files to resolve and
// load); the large ones (ink, react, undici, zod, ora, conf) stay external and are only
// reached through dynamic imports. commander is CommonJS, hence `require` in the banner.
const bundledInCli = ['commander', 'chalk'];
const { default: packageJson } = await import('../package.json', { with: { type: 'json' } });
const cliOptions = {
  ...common,
  packages: undefined,
  external: Object.keys({ ...packageJson.dependencies, ...packageJson.optionalDependencies }).filter(
    (name) => !bundledInCli.includes(name),
  ),
  banner: { js: "import { createRequire as __livyRequire } from 'node:module'; const require = __livyRequire(import.meta.url);" },
};
await build({
  ...cliOptions,
  entryPoints: {
    main: 'src/cli/main.ts',
    generate: 'src/cli/generate/index.ts',
  },
  outdir: `${out}/cli`,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// `livy submit` parses its own command line: bin/livy.js sends it here, past the command
// tree. One CommonJS file loads faster than the dozen ESM chunks the same code splits
// into, and in CommonJS the large packages stay lazy: each `require` runs only when the
// module that needs it is first used.
await build({
  ...cliOptions,
  format: 'cjs',
  banner: undefined,
  entryPoints: { 'submit-main': 'src/cli/submit-main.ts', 'run-main': 'src/cli/run-main.ts' },
  outdir: `${out}/cli`,
  outExtension: { '.js': '.cjs' },
});

await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: `${out}/lib` });

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json', '--outDir', `${out}/types`], {
  stdio: 'inherit',
});

// `livy --help` is the same text every time for a given build (commander wraps at 80
// columns when not on a narrower terminal); render it once here so bin/livy.js can print
// it without loading the command tree.
const help = execFileSync(
  process.execPath,
  ['--input-type=module', '-e', `process.exitCode = await (await import('./${out}/cli/main.js')).main(['--help'])`],
  { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' } },
);
writeFileSync(`${out}/cli/root-help.txt`, help);

rmSync('dist.old', { recursive: true, force: true });
try {
  renameSync('dist', 'dist.old');
} catch {
  // First build: no dist/ yet.
}
renameSync(out, 'dist');
rmSync('dist.old', { recursive: true, force: true });
