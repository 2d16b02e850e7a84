// The layers of src/ (see src/README.md), bottom first. A folder may import from its own layer
// and the layers below it, never from one above: the rule below fails `npm test` on an upward
// import, static or dynamic. Folders of one layer may import each other.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LAYERS = [
  { name: 'error core', folders: ['errors'] },
  { name: 'text', folders: ['text'] },
  { name: 'client library', folders: ['client', 'storage'] },
  { name: 'domain', folders: ['submit', 'profiles', 'repl', 'local', 'staging'] },
  { name: 'Ink UI', folders: ['ui'] },
  { name: 'CLI', folders: ['cli'] },
];

/** Packages of the command line and its screens: the client library and what it stands on load none of them. */
const PRESENTATION_PACKAGES = ['commander', 'ink', 'react', 'chalk', 'ora', 'conf'];
const FREE_OF_PRESENTATION = new Set(['error core', 'text', 'client library']);

const MAX_DEPTH = 5;

/** The files that build the command's context from the process, and its signal handlers. */
const ENTRY_POINTS = ['src/cli/main.ts', 'src/cli/submit-main.ts', 'src/cli/invocation.ts', 'src/cli/interrupts.ts'];
const PROCESS_FACILITIES = ['env', 'stdout', 'stderr', 'stdin', 'argv', 'cwd', 'exit', 'exitCode', 'on', 'once', 'off'];

function layerRules(layer, rank) {
  const above = LAYERS.slice(rank + 1).flatMap((l) => l.folders);
  return layer.folders.flatMap((folder) =>
    Array.from({ length: MAX_DEPTH }, (_, i) => {
      const depth = i + 1;
      const files = [`src/${folder}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`];
      // From src/<folder> at this depth, '../' repeated `depth` times is src/ itself. esquery
      // regexes cannot hold a '/', hence \x2F in the dynamic-import selector.
      const up = (slash) => `^(\\.\\.${slash}){${depth}}(${above.join('|')})(${slash}|$)`;
      const message = `${layer.name} (src/${folder}) must not import from a layer above it (${above.join(', ')}): move what it needs down`;
      const packages = FREE_OF_PRESENTATION.has(layer.name) ? PRESENTATION_PACKAGES : [];
      return {
        files,
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...(above.length ? [{ regex: up('/'), message }] : []),
                ...(packages.length
                  ? [{ regex: `^(${packages.join('|')})(/|$)`, message: `${layer.name} must not load presentation packages` }]
                  : []),
              ],
            },
          ],
          'no-restricted-syntax': [
            'error',
            ...(above.length ? [{ selector: `ImportExpression[source.value=/${up('\\x2F')}/]`, message }] : []),
            ...(packages.length
              ? [
                  {
                    selector: `ImportExpression[source.value=/^(${packages.join('|')})(\\x2F|$)/]`,
                    message: `${layer.name} must not load presentation packages`,
                  },
                ]
              : []),
          ],
        },
      };
    }),
  );
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist.tmp-*/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // With verbatimModuleSyntax a value import of a type still loads the module at start-up.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Terminal-text scrubbing matches control characters on purpose.
      'no-control-regex': 'off',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // bin/livy.js is CommonJS (bin/package.json), like the .cjs test fixtures: require is how they load things.
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The library entry point re-exports the client and nothing else.
  {
    files: ['src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\./(?!client/)', message: 'the library entry point exports the client library only' }] },
      ],
    },
  },
  ...LAYERS.flatMap(layerRules),
  // The process is reached through the command's context (io streams, env, cwd), so that every
  // module can be run with a fake one: only the entry points touch it.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ENTRY_POINTS,
    rules: {
      'no-restricted-properties': [
        'error',
        ...PROCESS_FACILITIES.map((property) => ({
          object: 'process',
          property,
          message: `use the command's context instead of process.${property} (only ${ENTRY_POINTS.join(', ')} reach the process)`,
        })),
      ],
    },
  },
);
