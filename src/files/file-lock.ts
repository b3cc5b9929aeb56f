import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';

// A lock between processes, for a read-modify-write of a small file: a lock
// file created exclusively (O_EXCL), holding the holder's pid and a token of
// its own. Holds are short and synchronous, so a lock whose holder is gone
// (killed mid-hold) or that is older than any hold could be is taken over.

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs?: number;
  /** A lock older than this is left over, whoever it names. */
  staleMs?: number;
  /** Wall-clock milliseconds, comparable with file times. */
  now?: () => number;
  /** Waits between attempts. */
  sleep?: (ms: number) => void;
  isAlive?: (pid: number) => boolean;
}

export class LockBusyError extends Error {
  override name = 'LockBusyError';
  constructor(
    readonly lockFile: string,
    readonly holderPid: number | undefined,
  ) {
    super(
      `${lockFile} is held by ${holderPid === undefined ? 'another process' : `pid ${holderPid}`}`,
    );
  }
}

interface Holder {
  pid: number | undefined;
  token: string | undefined;
  mtimeMs: number;
}

/** Runs `action` while holding the lock, and releases it however the action ends. */
export function withFileLock<T>(lockFile: string, action: () => T, options: LockOptions = {}): T {
  const token = acquire(lockFile, options);
  try {
    return action();
  } finally {
    release(lockFile, token);
  }
}

function acquire(lockFile: string, options: LockOptions): string {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepSync;
  const isAlive = options.isAlive ?? processIsAlive;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const token = `${process.pid} ${randomUUID()}`;
  const deadline = now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockFile, token)) return token;
    const holder = readHolder(lockFile);
    if (!holder) continue; // released in between: try again at once
    const age = now() - holder.mtimeMs;
    // A holder is between creating the file and writing its pid for a moment only.
    const stale = age > staleMs || (holder.pid === undefined ? age > 2000 : !isAlive(holder.pid));
    if (stale) {
      takeOver(lockFile, holder);
      continue;
    }
    if (now() >= deadline) throw new LockBusyError(lockFile, holder.pid);
    sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}

function tryCreate(lockFile: string, token: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, token);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readHolder(lockFile: string): Holder | undefined {
  try {
    const { mtimeMs } = statSync(lockFile);
    const text = readFileSync(lockFile, 'utf8');
    const pid = Number.parseInt(text, 10);
    return {
      pid: Number.isInteger(pid) && pid > 0 ? pid : undefined,
      token: text || undefined,
      mtimeMs,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

// Moved aside first and checked: two processes may judge the same lock left
// over, and the second must not remove the new lock the first just made. If
// what was moved is not the lock judged left over, it is put back.
function takeOver(lockFile: string, holder: Holder): void {
  const aside = `${lockFile}.${process.pid}-${randomUUID()}`;
  try {
    renameSync(lockFile, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const moved = readFileSync(aside, 'utf8');
    if (moved !== (holder.token ?? '')) {
      try {
        linkSync(aside, lockFile);
      } catch {
        // Someone already holds a new lock; the one moved had just been released or is theirs.
      }
    }
  } finally {
    unlinkSync(aside);
  }
}

function release(lockFile: string, token: string): void {
  try {
    if (readFileSync(lockFile, 'utf8') === token) unlinkSync(lockFile);
  } catch {
    // Already gone: taken over as left over, which only happens to a hold far too long.
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** node:crypto takes milliseconds to load: fetched when a lock is taken, not by every reader of preferences. */
function randomUUID(): string {
  return process.getBuiltinModule('node:crypto').randomUUID();
}
