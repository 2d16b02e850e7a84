// Bundles the CLI (code-split so each command loads only what it needs) and the
// library entry point, then emits the library's type declarations. Builds into a
// fresh directory and swaps it in, so a running `livy` never sees a half-built dist/.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

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
// load), and the REPL screen's ink and react: loaded file by file from node_modules they took
// ~0.7 s before the first prompt; bundled, they come in one chunk that only `livy repl`
// imports. The other large ones (undici, zod, ora, conf) stay external and are only reached
// through dynamic imports. commander is CommonJS, hence `require` in the banner.
const bundledInCli = ['commander', 'chalk', 'ink', 'react', 'any-signal'];
const { default: packageJson } = await import('../package.json', { with: { type: 'json' } });
// The CLI decides about colour itself (cli/terminal.ts) and gives chalk the level: chalk's own
// detection, which loads node:tty and probes the terminal as it is imported, would be thrown
// away. Its browser variant decides nothing (level 0 for chalk's unused default instances).
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: fileURLToPath(new URL('../node_modules/chalk/source/vendor/supports-color/browser.js', import.meta.url)),
    }));
  },
};
const cliOptions = {
  ...common,
  packages: undefined,
  external: [
    ...Object.keys({ ...packageJson.dependencies, ...packageJson.optionalDependencies }).filter((name) => !bundledInCli.includes(name)),
    // Ink's developer tools load only with DEV=true, from a package livy does not ship.
    'react-devtools-core',
  ],
  // React's production build: the development one keeps a performance measure per render
  // that a long REPL would run out of memory with.
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [chalkWithoutDetection],
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

// `livy submit` and `livy run` parse their own command lines: bin/livy.js sends them here, past
// the command tree. One CommonJS file loads faster than the dozen ESM chunks the same code splits
// into, and in CommonJS the large packages stay lazy: each `require` runs only when the module
// that needs it is first used.
await build({
  ...cliOptions,
  format: 'cjs',
  banner: undefined,
  entryPoints: { 'submit-main': 'src/cli/submit-main.ts', 'run-main': 'src/cli/run-main.ts' },
  outdir: `${out}/cli`,
  outExtension: { '.js': '.cjs' },
});
prepareForCodeCache(`${out}/cli/run-main.cjs`);

/**
 * bin/livy.js compiles the `run` bundle with a V8 code cache (scripts/code-cache.mjs). On Node 20 a
 * script compiled from a code cache loses the callback of its `import()` expressions, so each one
 * (of a module outside the bundle: esbuild has made the others `require`s) becomes a call of
 * `__livyImport`, which bin/livy.js passes in and which imports from its own, ordinary module.
 * The first line holds the key that ties a cache to this build of the bundle.
 */
function prepareForCodeCache(file) {
  const source = readFileSync(file, 'utf8');
  const dynamicImport = /(?<![\w$.])import\((?=["\w])/g;
  const rewritten = source.replace(dynamicImport, '__livyImport(');
  // Anything else spelled `import(` (in another form, or in a string) needs a look before it ships.
  if (/\bimport\(/.test(rewritten)) throw new Error(`${file}: an import() the code cache loader cannot pass on`);
  writeFileSync(file, `// code-cache-key: ${randomBytes(12).toString('hex')}\n${rewritten}`);
  // The source map follows the bundle one line down.
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
}

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

// `livy run` loads its bundle with the V8 code cache this makes (see scripts/code-cache.mjs).
execFileSync(process.execPath, ['scripts/code-cache.mjs'], { stdio: 'inherit' });
