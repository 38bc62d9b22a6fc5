// ESLint for the whole repository: `npm run lint` (scripts/lint.mjs), a step of `npm test`. Formatting is
// Prettier's job: eslint-config-prettier, last, turns off every rule that would argue with it.
//
// Module boundaries follow the tags in each project.json. The Nx rule reads the project graph that Nx caches
// under .nx/ and skips itself when there is none, which is why scripts/lint.mjs computes the graph first.
// Rules that need type information are not used: on the whole tree they take minutes, not seconds.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * Which tagged projects may import which. Files outside every project (test/, bench/, scripts/, apps/web)
 * are not checked: the e2e tests and benches drive the apps from outside and may import anything.
 */
const depConstraints = [
  // An app is a composition root: any library, never another app (the rule refuses app imports by itself).
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:shared', 'type:data'] },
  // Persistence and migrations. type:data itself because the migrations' data source is built from
  // persistence's dataSourceOptions (the entities that the drift check compares with the migrations).
  { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:domain', 'type:shared', 'type:data'] },
  { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:domain', 'type:shared'] },
  // Domain rules are plain TypeScript without I/O: nothing but other domain code.
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
  // Test helpers (libs/testing) may use anything; only test code may use them (the spec block below).
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:domain', 'type:shared', 'type:data', 'type:testing'] },
];

/** Unit specs next to the code are test code: they may also use type:testing. */
const specDepConstraints = depConstraints.map((constraint) => ({
  ...constraint,
  onlyDependOnLibsWithTags: [...new Set([...constraint.onlyDependOnLibsWithTags, 'type:testing'])],
}));

const boundaryOptions = (constraints, allow = []) => ({ allow, enforceBuildableLibDependency: false, depConstraints: constraints });

/** What Node offers scripts without an import (the TypeScript files leave this to the compiler). */
const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Blob',
    'Buffer',
    'FormData',
    'TextDecoder',
    'TextEncoder',
    'URL',
    'URLSearchParams',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

const typescriptFiles = ['{apps,libs,migrations,test,bench,scripts}/**/*.{ts,tsx}'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '.nx/**', 'coverage/**', 'test-output/**', 'tmp/**'] },
  {
    files: typescriptFiles,
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaryOptions(depConstraints)],
      // The code's convention for a name that is there on purpose and not used: `_`-prefixed (a field left
      // out of a rest copy, a parameter a signature requires).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // The hazard is a combining mark written literally after the character it then joins; the classes of
      // invisible characters and diacritics list their code points as \u escapes, which read unambiguously.
      'no-misleading-character-class': ['error', { allowEscape: true }],
    },
  },
  {
    files: ['{apps,libs}/**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(specDepConstraints)] },
  },
  {
    // A known exception to "an app never imports another app": the demo seed boots the api's AppModule and
    // creates its records through the api's services, so that they pass the same rules as requests do.
    files: ['apps/cli/src/commands/seed.command.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaryOptions(depConstraints, ['../../../api/src/**'])] },
  },
  {
    // Finding NUL characters (which PostgreSQL refuses) is the point of a pattern in this file.
    files: ['apps/api/src/common/validation/request-input-guard.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'module', globals: nodeGlobals },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  prettier,
);
