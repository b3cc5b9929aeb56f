import { defineConfig } from 'vitest/config';

// What `npm run mutation` runs against each mutant: the unit tests of the two
// folders it mutates, and only those, so the score says how well test/plan
// and test/session pin down src/plan and src/session. No global setup: these
// tests call the code directly and never spawn the bundle.
export default defineConfig({
  test: {
    include: ['test/plan/**/*.test.ts', 'test/session/**/*.test.ts'],
    environment: 'node',
  },
});
