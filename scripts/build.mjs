// Bundles the CLI (code-split so each command loads only what it needs) and the
// library entry point, then emits the library's type declarations.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: { main: 'src/cli/main.ts', generate: 'src/cli/generate/index.ts' },
  outdir: 'dist/cli',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist/lib' });

execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
