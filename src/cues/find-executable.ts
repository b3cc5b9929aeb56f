import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

// Finds a program the way a shell would, for the platform given (so Windows
// rules can be checked anywhere): a name with a path in it (./espeak,
// /usr/bin/espeak-ng, C:\Tools\espeak.exe) is that file; a bare name is
// looked up in PATH, on Windows with each extension in PATHEXT. Unlike
// cmd.exe, the current folder is never searched, and batch files (.bat,
// .cmd) are skipped: they run only through cmd.exe, which would read the
// words as commands.

export interface ExecutableLookup {
  platform: NodeJS.Platform;
  path: string | undefined;
  /** Windows only; defaults to .COM;.EXE. */
  pathExt?: string | undefined;
  /** Whether a file exists and may be run; the real file system unless given. */
  isExecutable?: (file: string, platform: NodeJS.Platform) => boolean;
}

export function findExecutable(name: string, lookup: ExecutableLookup): string | undefined {
  const windows = lookup.platform === 'win32';
  const paths = windows ? win32 : posix;
  const isExecutable = lookup.isExecutable ?? isExecutableFile;
  const extensions = windows ? runnableExtensions(lookup.pathExt) : [''];
  const candidates = (base: string): string[] => {
    if (!windows) return [base];
    const own = paths.extname(base).toLowerCase();
    const withOwn = extensions.some((extension) => extension.toLowerCase() === own) ? [base] : [];
    return [...withOwn, ...extensions.map((extension) => base + extension)];
  };
  const found = (base: string) =>
    candidates(base).find((file) => isExecutable(file, lookup.platform));

  if (hasPath(name, windows)) return found(name);
  for (const raw of (lookup.path ?? '').split(paths.delimiter)) {
    // Windows allows "C:\Program Files\x" in quotes; an empty entry would mean
    // the current folder, which is never searched.
    const dir = windows ? raw.replace(/^"(.*)"$/, '$1') : raw;
    if (!dir) continue;
    const file = found(paths.join(dir, name));
    if (file) return file;
  }
  return undefined;
}

function hasPath(name: string, windows: boolean): boolean {
  return windows ? /[\\/]|^[a-zA-Z]:/.test(name) : name.includes('/');
}

function runnableExtensions(pathExt: string | undefined): string[] {
  const listed = (pathExt || '.COM;.EXE')
    .split(';')
    .map((extension) => extension.trim())
    .filter((extension) => /^\.[^.\\/]+$/.test(extension));
  return listed.filter((extension) => !/^\.(bat|cmd)$/i.test(extension));
}

function isExecutableFile(file: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    // Windows has no execute bit; the extension decided above.
    if (platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
