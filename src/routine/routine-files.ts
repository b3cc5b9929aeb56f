import { readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { nameOrder } from './name-order.js';
import { packageRoot } from './package-root.js';

// Which routine files there are, by name: the built-in folder and the user's
// (which shadows a built-in of the same name). Kept apart from the loader so
// that listing names (as completion does at every Tab) loads no parser.

export interface RoutineDirs {
  builtIn: string;
  user: string;
}

export interface RoutineEntry {
  name: string;
  file: string;
  kind: 'built-in' | 'user';
}

export function routineDirs(home: string): RoutineDirs {
  return { builtIn: join(packageRoot(), 'routines'), user: join(home, 'routines') };
}

export function listRoutineFiles(dirs: RoutineDirs): RoutineEntry[] {
  const entries = new Map<string, RoutineEntry>();
  for (const [dir, kind] of [
    [dirs.builtIn, 'built-in'],
    [dirs.user, 'user'],
  ] as const) {
    for (const fileName of readYamlNames(dir)) {
      const name = fileName.slice(0, -extname(fileName).length);
      entries.set(name, { name, file: join(dir, fileName), kind });
    }
  }
  const compare = nameOrder([...entries.keys()]);
  return [...entries.values()].sort((a, b) => compare(a.name, b.name));
}

function readYamlNames(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name));
  } catch {
    return []; // no user folder yet is the normal case
  }
}
