import { existsSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tryLock } from '../../src/store/summary-lock.js';
import { tempHome } from '../helpers/run-pmr.js';

// One pmr at a time updates the summary; a lock left behind by one that was
// killed does not stop the next from updating it for ever.

describe('the summary lock', () => {
  test('taken once; a second taker reads without it; given back', () => {
    const file = join(tempHome(), 'history.summary.lock');
    const unlock = tryLock(file);
    expect(unlock).toBeTypeOf('function');
    expect(tryLock(file)).toBeUndefined();
    unlock?.();
    expect(existsSync(file)).toBe(false);
    tryLock(file)?.();
  });

  test('a lock whose pmr is gone is removed, and taken next time', () => {
    const file = join(tempHome(), 'history.summary.lock');
    writeFileSync(file, '999999999'); // no such process
    expect(tryLock(file)).toBeUndefined();
    expect(existsSync(file)).toBe(false);
    expect(tryLock(file)).toBeTypeOf('function');
  });

  test('a lock held a minute by a live pmr is taken as stale; a fresh one is not', () => {
    const file = join(tempHome(), 'history.summary.lock');
    writeFileSync(file, String(process.pid));
    const now = Date.now();
    expect(tryLock(file, () => now)).toBeUndefined();
    expect(existsSync(file)).toBe(true);
    utimesSync(file, new Date(now - 61_000), new Date(now - 61_000));
    expect(tryLock(file, () => now)).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });
});
