import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one temporary folder of this test run; everything temporary goes in it. */
    pmrTempRoot: string;
  }
}

// The CLI tests spawn the real bundle, so build it once before any test runs.
// Every temporary folder the run makes goes in one folder (tempHome() and,
// through TMPDIR, anything else: see temp-dir-setup.ts), removed at the end.
export default function setup(project: TestProject): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const tempRoot = mkdtempSync(join(tmpdir(), 'pmr-test-'));
  project.provide('pmrTempRoot', tempRoot);
  return () => {
    // Retries: a program a test started may still be finishing a write.
    rmSync(tempRoot, { recursive: true, force: true, maxRetries: 5 });
    if (existsSync(tempRoot)) {
      throw new Error(`the test run left its temporary folder behind: ${tempRoot}`);
    }
  };
}
