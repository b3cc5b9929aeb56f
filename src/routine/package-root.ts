import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder that holds pmr's package.json, found by walking up from this
// module, so it works from src/ under vitest and from the bundle in dist/.
let cached: string | undefined;

export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isPmrManifest(manifest)) {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the pmr package folder');
    dir = parent;
  }
}

function isPmrManifest(file: string): boolean {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).name === 'pmr';
  } catch {
    return false;
  }
}
