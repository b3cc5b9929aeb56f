import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const pmrBin = join(repoRoot, 'bin', 'pmr.js');

/** A new empty folder, inside the test run's temporary folder that is removed when the run ends. */
export function tempHome(): string {
  return mkdtempSync(join(inject('pmrTempRoot'), 'pmr-home-'));
}

export interface RunOptions {
  home?: string;
  input?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs the built CLI as a user would, with state under a throwaway PMR_HOME. */
export function runPmr(args: string[], options: RunOptions = {}): SpawnSyncReturns<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, PMR_HOME: options.home ?? tempHome() };
  delete env.PMR_DEBUG;
  delete env.FORCE_COLOR;
  // The locale picks Unicode or ASCII glyphs: UTF-8 unless a test says otherwise.
  delete env.LC_ALL;
  delete env.LC_CTYPE;
  env.LANG = 'C.UTF-8';
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return spawnSync(process.execPath, [pmrBin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 15_000,
  });
}
