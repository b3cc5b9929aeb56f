import { defineConfig } from 'vitest/config';

// Files that mock a module or change what a module reads as it loads (colour
// forced on, the screen-reader switch) get fresh modules of their own; the
// rest share their workers' modules, which saves each file a fresh start.
const isolated = [
  'test/screen/dim-theme.test.tsx',
  'test/screen/transcript.test.tsx',
  'test/store/unreadable-preferences.test.ts',
];

export default defineConfig({
  test: {
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
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: isolated,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: isolated } },
    ],
  },
});
