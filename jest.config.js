// Three projects: fast unit tests next to the code; e2e tests in test/ against real PostgreSQL and
// Redis (brought up by `npm test`); and the slow suites. A project's global setup only runs when one
// of its tests is selected.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]));

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const shared = { rootDir: __dirname, testEnvironment: 'node', transform, moduleNameMapper, moduleFileExtensions: ['ts', 'js', 'json'] };

// e2e and slow suites each get a world of their own per jest worker (test/setup/isolated-world.ts),
// so they run in parallel; `npm test` sizes the workers to the machine.
const stack = {
  ...shared,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  setupFiles: ['<rootDir>/test/setup/isolated-world.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/fresh-world.ts'],
};

module.exports = {
  // e2e tests bring up apps and processes; unit tests finish far below this anyway.
  testTimeout: 60_000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...stack, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // Fuzzing, drills, the 100k-line inventory and the killed worker: minutes, not seconds.
    { ...stack, displayName: 'slow', testMatch: ['<rootDir>/test/**/*.slow-spec.ts'] },
  ],
};
