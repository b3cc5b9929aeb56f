// `npm run mutation`: mutates src/plan and src/session and runs their own
// tests (vitest.mutation.config.ts) against each mutant. Not part of npm test.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: ['src/plan/**/*.ts', 'src/session/**/*.ts'],
  ignorePatterns: ['dist', 'coverage', 'bench-results', 'docs'],
  // The machine has two cores, shared.
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html'],
  thresholds: { high: 90, low: 85, break: null },
  // Stryker rewrites the tsconfig's `extends` and `references` for its sandbox
  // through TypeScript's JavaScript API, which TypeScript 7 (native) no longer
  // has. Ours has neither, so there is nothing to rewrite: name no file.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
};
