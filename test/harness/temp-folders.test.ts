import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { runPmr, tempHome } from '../helpers/run-pmr.js';

// Tests leave nothing in the OS temp dir: everything temporary goes in the
// run's one folder, which test/global-setup.ts removes when the run ends
// (and fails the run if it cannot).

const runFolder = inject('pmrTempRoot');
const inside = (path: string) => path.startsWith(`${runFolder}/`);

describe("the test run's temporary folder", () => {
  test('is one pmr-test-* folder in the OS temp dir', () => {
    expect(basename(runFolder)).toMatch(/^pmr-test-/);
  });

  test('holds every tempHome()', () => {
    expect(inside(tempHome())).toBe(true);
  });

  test('is the OS temp dir for tests and for the programs they start', () => {
    expect(tmpdir()).toBe(runFolder);
    const child = spawnSync(process.execPath, ['-p', "require('node:os').tmpdir()"], {
      encoding: 'utf8',
    });
    expect(child.stdout.trim()).toBe(runFolder);
    expect(inside(join(tmpdir(), 'x'))).toBe(true);
  });

  test('is where pmr itself writes temporary files', () => {
    // Node's compile cache, which pmr turns on, lives in the OS temp dir.
    const result = runPmr(['--version']);
    expect(result.status).toBe(0);
    expect(readdirSync(runFolder)).toContain('node-compile-cache');
  });
});
