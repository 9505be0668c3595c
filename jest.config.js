// Jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by the npm scripts)
// because Nest 12 ships ES modules only and Jest on Node 20 cannot require() them.
const aliases = {
  '^@app/(access|config|contracts|database|errors|http|messaging|ner|nlp|observability|wire-formats)$':
    '<rootDir>/libs/$1/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
};
const base = { testEnvironment: 'node', extensionsToTreatAsEsm: ['.ts'], moduleNameMapper: aliases, transform };

export default {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
