// Writes the files generated from the command tree: completions/livy.{bash,zsh,fish} and
// man/livy.1. Run through `npm run gen` (which builds first); test/unit/generate.test.ts fails
// when the committed files differ from what this writes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { generatedFiles } = await import(join(root, 'dist/cli/generate.js'));

const files = await generatedFiles();
for (const [path, content] of Object.entries(files)) {
  const target = join(root, path);
  let current;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) {
    console.log(`unchanged ${path}`);
    continue;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote     ${path}`);
}
