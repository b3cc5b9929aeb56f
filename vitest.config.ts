import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/temp-dir-setup.ts'],
    testTimeout: 20_000,
    // Many tests wait on a child process or a terminal more than they compute:
    // three files at once on two cores keep npm test well inside two minutes.
    maxWorkers: 3,
    // Concurrent tests each drive a real terminal and a pmr process; a few at
    // a time keeps two cores from timing out under CI's load.
    maxConcurrency: 3,
  },
});
