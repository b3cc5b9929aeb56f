import { readFileSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { UserError } from '../user-error.js';
import { didYouMean } from './closest-match.js';
import { maxRoutineBytes, parseRoutine } from './load-routine.js';
import type { Routine, RoutineSource } from './routine.js';
import { listRoutineFiles, type RoutineDirs } from './routine-files.js';
import { formatIssue } from './routine-issue.js';

// Where routines come from: the built-in folder, the user's folder (which
// shadows a built-in of the same name), any path, or stdin. Which files there
// are is routine-files.ts's to say.

export {
  listRoutineFiles,
  type RoutineDirs,
  type RoutineEntry,
  routineDirs,
} from './routine-files.js';

export function isPathRef(ref: string): boolean {
  return ref === '-' || ref.includes('/') || ref.includes(sep) || /\.ya?ml$/i.test(ref);
}

export async function loadRoutine(
  ref: string,
  dirs: RoutineDirs,
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean },
): Promise<Routine> {
  let text: string;
  let source: RoutineSource;
  if (ref === '-') {
    if (!stdin || stdin.isTTY) {
      throw new UserError(
        '"-" reads a routine from standard input; pipe one in, like: cat mine.yaml | pmr run -',
      );
    }
    text = await readStream(stdin);
    source = { kind: 'stdin', file: '-' };
  } else if (isPathRef(ref)) {
    text = readRoutineFile(ref);
    source = { kind: 'path', file: ref };
  } else {
    const entries = listRoutineFiles(dirs);
    const entry = entries.find((candidate) => candidate.name === ref);
    if (!entry) {
      const names = entries.map((candidate) => candidate.name);
      throw new UserError(`unknown routine "${ref}"${didYouMean(ref, names) || '.'} See pmr list.`);
    }
    text = readRoutineFile(entry.file);
    source = { kind: entry.kind, file: entry.file };
  }
  const result = parseRoutine(text, source);
  if (result.ok) return result.routine;
  const count = result.issues.length;
  const file = source.kind === 'stdin' ? 'the routine on stdin' : source.file;
  throw new UserError(
    `${file} is not a valid routine (${count} ${count === 1 ? 'problem' : 'problems'})`,
    {
      exitCode: 1,
      details: result.issues.map(formatIssue),
    },
  );
}

function readRoutineFile(file: string): string {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw new UserError(`${file} is a folder, not a routine file`);
    if (stats.size > maxRoutineBytes) {
      throw new UserError(`${file} is larger than 256 KiB; a routine is a short list of steps`, {
        exitCode: 1,
      });
    }
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`cannot find ${file}; check the path`);
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(`cannot read ${file}: permission denied`);
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxRoutineBytes) {
      throw new UserError(
        'the routine on stdin is larger than 256 KiB; a routine is a short list of steps',
        {
          exitCode: 1,
        },
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
