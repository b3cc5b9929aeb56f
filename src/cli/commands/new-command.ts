import { statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { makeFolder } from '../../files/make-folder.js';
import { fileKind } from '../../files/read-text-file.js';
import {
  isPathRef,
  loadRoutine,
  type RoutineDirs,
  readRoutineFile,
} from '../../routine/find-routine.js';
import { packageRoot } from '../../routine/package-root.js';
import { UserError } from '../../user-error.js';

// `pmr new NAME [--from ROUTINE]`: a commented routine file to start from,
// in the user's routines folder (or --out), never over an existing file
// unless --force.

export const routineNamePattern = /^[a-z][a-z0-9-]{0,39}$/;

export interface NewRoutineOptions {
  name: string;
  from?: string;
  out?: string;
  force?: boolean;
  dirs: RoutineDirs;
}

const schemaComment = () =>
  `# yaml-language-server: $schema=${pathToFileURL(join(packageRoot(), 'schema', 'routine.schema.json')).href}`;

const template = (name: string) => `name: ${name}
title: My routine
summary: A few groups, in my own order.
# Where to practise: sitting, lying, reclined or side.
position: sitting
# full (about 4 out of 10), micro (barely there) or imagery (only imagined).
mode: full
# Slow breaths before the first group (0 for none).
breaths: 2
# Seconds for each kind of phase; breathe out longer than in.
pace:
  tense: 5
  release: 15
  inhale: 4
  exhale: 6
# What follows each release: none, breath or rest.
between: breath
# Groups in order: a name from the catalog (see pmr show --help), or a
# mapping with its own timing, cue or mode.
steps:
  - shoulders
  - neck
  - group: hands
    release: 20
    cue: Make loose fists.
# A closing whole-body scan, and the word to think on the last out-breath.
scan: true
closing: soften
`;

export async function createRoutineFile(options: NewRoutineOptions): Promise<string> {
  const { name } = options;
  if (!routineNamePattern.test(name)) {
    throw new UserError(
      `"${name}" cannot name a routine; use lower-case letters, digits and dashes, like my-reset.`,
    );
  }
  const file = options.out ?? join(options.dirs.user, `${name}.yaml`);
  checkOut(options.out, name);
  const body = options.from ? await fromRoutine(options.from, name, options.dirs) : template(name);
  writeNewFile(file, `${schemaComment()}\n${body}`, options);
  return file;
}

/** --out must name a file: not nothing, and not a folder. */
function checkOut(out: string | undefined, name: string): void {
  if (out === undefined) return;
  const example = `--out ./${name}.yaml`;
  if (out.trim() === '') throw new UserError(`--out needs a file path, like ${example}`);
  if (/[\\/]$/.test(out) || isFolder(out)) {
    throw new UserError(
      `--out ${out} is a folder; give a file name, like --out ${join(out, `${name}.yaml`)}`,
    );
  }
}

function writeNewFile(file: string, text: string, options: NewRoutineOptions): void {
  const elsewhere = options.out === undefined ? '' : ', or choose another --out';
  const dir = dirname(file);
  try {
    makeFolder(dir);
  } catch (error) {
    const blocker = fileInTheWay(dir);
    throw new UserError(
      blocker
        ? `cannot write ${file}: ${blocker} is a file, not a folder; move it aside${elsewhere}.`
        : `cannot write ${file} (${errorCode(error)}); check that ${dir} is a folder you can write${elsewhere}.`,
      { exitCode: 1 },
    );
  }
  // Opening a FIFO to write would wait for a reader; a device is no place for a routine.
  const there = statSync(file, { throwIfNoEntry: false });
  if (there && !there.isFile()) {
    throw new UserError(
      `${file} is ${fileKind(there)}, not a routine file; move it aside, or choose another ${options.out === undefined ? 'name' : '--out'}.`,
      { exitCode: 1 },
    );
  }
  try {
    writeFileSync(file, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(
        `${file} already exists; choose another name, or add --force to replace it.`,
      );
    }
    throw new UserError(
      `cannot write ${file} (${errorCode(error)}); check that ${dir} is a folder you can write${elsewhere}.`,
      { exitCode: 1 },
    );
  }
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** The nearest existing part of a path, when it is something other than a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let path = dir; ; path = dirname(path)) {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats) return stats.isDirectory() ? undefined : path;
    if (dirname(path) === path) return undefined;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** Another routine's file, renamed, its comments kept. */
async function fromRoutine(ref: string, name: string, dirs: RoutineDirs): Promise<string> {
  const routine = await loadRoutine(ref, dirs);
  if (!routine.source.file || routine.source.file === '-') {
    throw new UserError('--from takes a routine name or file, not standard input.');
  }
  const source = readRoutineFile(routine.source.file)
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('# yaml-language-server:'))
    .join('\n');
  const document = parseDocument(source);
  document.set('name', name);
  return document.toString();
}

/** What to type next, for a file just written, named as it was given. */
export function nextSteps(file: string, name: string, dirs: RoutineDirs, cwd: string): string {
  const inUserDir = dirname(resolve(cwd, file)) === resolve(dirs.user);
  const run = inUserDir ? `pmr ${name}` : `pmr run ${isPathRef(file) ? file : `./${file}`}`;
  return `Wrote ${file}\nTry it:   ${run}\nEdit it:  ${inUserDir ? `pmr edit ${name}` : `$EDITOR ${file}`}\n`;
}
