import {
  closeSync,
  constants,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';

// One pmr at a time updates history.summary. The lock is a file created only
// if absent; a pmr that finds it taken just reads without updating. A lock
// left by a pmr that was killed (its process gone, or older than any update
// takes) is removed, and taken next time.

const staleAfterMs = 60_000;

export function tryLock(file: string, now: () => number = Date.now): (() => void) | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') removeIfStale(file, now());
    return undefined;
  }
  try {
    writeSync(fd, String(process.pid));
  } finally {
    closeSync(fd);
  }
  return () => {
    try {
      unlinkSync(file);
    } catch {
      // Already taken over as stale: nothing to give back.
    }
  };
}

function removeIfStale(file: string, now: number): void {
  try {
    const { mtimeMs } = statSync(file);
    if (now - mtimeMs < staleAfterMs && holderAlive(file)) return;
    unlinkSync(file);
  } catch {
    // Gone already, or not ours to remove: reading goes on without it.
  }
}

function holderAlive(file: string): boolean {
  try {
    const pid = Number.parseInt(readFileSync(file, 'latin1').slice(0, 12), 10);
    if (!Number.isSafeInteger(pid) || pid <= 0) return true;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
