import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LockBusyError, withFileLock } from '../../src/files/file-lock.js';
import { tempHome } from '../helpers/run-pmr.js';

// The lock around a read-modify-write: held while the action runs, released
// however it ends, taken over when left behind, and never taken from a live
// holder. Time is injected: nothing here waits.

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  return child.pid ?? 0;
}

/** A clock that moves on only when the lock waits. */
function fakeTime(start = Date.now()) {
  let now = start;
  return {
    now: () => now,
    sleep: (ms: number) => {
      now += ms;
    },
  };
}

describe('withFileLock', () => {
  test('held while the action runs, released after, even when it throws', () => {
    const lock = join(tempHome(), 'config.json.lock');
    const seen = withFileLock(lock, () => readFileSync(lock, 'utf8'));
    expect(seen).toMatch(new RegExp(`^${process.pid} `));
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      withFileLock(lock, () => {
        throw new Error('mid-change');
      }),
    ).toThrow('mid-change');
    expect(existsSync(lock)).toBe(false);
  });

  test('a live holder is waited for, then named', () => {
    const lock = join(tempHome(), 'config.json.lock');
    writeFileSync(lock, `${process.pid} someone-else`);
    let ran = false;
    const error = (() => {
      try {
        withFileLock(lock, () => (ran = true), { ...fakeTime(), timeoutMs: 1000 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as LockBusyError).holderPid).toBe(process.pid);
    expect(ran).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} someone-else`);
  });

  test('a lock whose holder has gone is taken over at once', () => {
    const lock = join(tempHome(), 'config.json.lock');
    writeFileSync(lock, `${deadPid()} killed-mid-change`);
    const time = fakeTime();
    expect(withFileLock(lock, () => 'changed', { ...time, timeoutMs: 1000 })).toBe('changed');
    expect(time.now()).toBeLessThan(Date.now() + 1000);
    expect(existsSync(lock)).toBe(false);
  });

  test('a lock older than any hold is taken over, whoever it names (a reused pid)', () => {
    const lock = join(tempHome(), 'config.json.lock');
    writeFileSync(lock, `${process.pid} long-ago`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(withFileLock(lock, () => 'changed', { ...fakeTime(), timeoutMs: 1000 })).toBe('changed');
  });

  test('a new lock made while a left-over one was being taken over is put back', () => {
    const lock = join(tempHome(), 'config.json.lock');
    const dead = deadPid();
    writeFileSync(lock, `${dead} left-over`);
    // Another process takes the left-over lock over first and makes its own.
    const isAlive = (pid: number) => {
      if (pid !== dead) return true;
      writeFileSync(lock, `${process.pid} the-new-holder`);
      return false;
    };
    expect(() =>
      withFileLock(lock, () => 'changed', { ...fakeTime(), timeoutMs: 1000, isAlive }),
    ).toThrow(LockBusyError);
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid} the-new-holder`);
  });
});
