import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { PreferencesError } from '../../src/store/preferences-error.js';
import { tempHome } from '../helpers/run-pmr.js';

// A preferences file that cannot be read (a permission denied, which tests
// running as root cannot make, so the read is made to fail here): reading
// goes on with the defaults after one warning; changing stops with one line.

const denied = new Set<string>();
vi.mock('../../src/files/read-text-file.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/files/read-text-file.js')>();
  return {
    ...original,
    readTextFile: (file: string, options?: { maxBytes?: number }) => {
      if (denied.has(file)) {
        throw new original.TextFileError(file, { reason: 'unreadable', code: 'EACCES' });
      }
      return original.readTextFile(file, options);
    },
  };
});

const { openPreferences, readPreferences } = await import('../../src/store/preferences.js');

function unreadableHome(): { dir: string; file: string } {
  const dir = tempHome();
  const file = join(dir, 'config.json');
  writeFileSync(file, '{"pace": "slow"}');
  denied.add(file);
  return { dir, file };
}

describe('an unreadable preferences file', () => {
  test('a run that reads them warns once, naming the file and the fix, and uses the defaults', async () => {
    const { dir, file } = unreadableHome();
    const warnings: string[] = [];
    const preferences = await readPreferences(dir, (line) => warnings.push(line));
    expect(preferences.pace).toBe('normal');
    expect(warnings).toEqual([
      `pmr: cannot read the preferences at ${file} (EACCES), so pmr is using the defaults; check that it is a file you can read and write.`,
    ]);
  });

  test('a change is refused in one line, exit 1, and the file is left alone', async () => {
    const { dir, file } = unreadableHome();
    const error = await openPreferences(dir, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreferencesError);
    expect((error as PreferencesError).message).toBe(
      `cannot read the preferences at ${file} (EACCES); check that it is a file you can read and write.`,
    );
    expect((error as PreferencesError).exitCode).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('{"pace": "slow"}');
    expect(readdirSync(dir)).toEqual(['config.json']);
  });
});
