import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes a folder and any missing folders above it, one at a time. Node's own
 * recursive mkdir never returns for some paths (under /proc, say); this one
 * throws the first error instead, for a message that names it. A file where
 * a folder should be is ENOTDIR, as mkdir would say.
 */
export function makeFolder(dir: string): void {
  const missing: string[] = [];
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    const there = statSync(folder, { throwIfNoEntry: false });
    if (there?.isDirectory()) break;
    if (there) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${folder}'`), {
        code: 'ENOTDIR',
        path: folder,
      });
    }
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of missing) mkdirSync(folder);
}
