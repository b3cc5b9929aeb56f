import { sep } from 'node:path';
import { readTextFile, TextFileError } from '../files/read-text-file.js';
import { UserError } from '../user-error.js';
import { didYouMean } from './closest-match.js';
import { readRoutine } from './read-routine.js';
import type { Routine, RoutineSource } from './routine.js';
import { listRoutineFiles, type RoutineDirs } from './routine-files.js';
import { formatIssue } from './routine-issue.js';
import { maxRoutineBytes } from './routine-spec.js';

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
  const result = await readRoutine(text, source);
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

/** A routine file's text: only a regular file, and never more than a routine can be. */
export function readRoutineFile(file: string): string {
  try {
    return readTextFile(file, { maxBytes: maxRoutineBytes });
  } catch (error) {
    if (!(error instanceof TextFileError)) throw error;
    const { problem } = error;
    switch (problem.reason) {
      case 'missing':
        return fail(`cannot find ${file}; check the path`);
      case 'not-a-file':
        return fail(
          `${file} is ${problem.kind}, not a routine file; ${
            problem.kind === 'a FIFO'
              ? 'to read from a pipe, give - for standard input'
              : 'give the path of a .yaml file'
          }`,
        );
      case 'too-large':
        return fail(`${file} is larger than 256 KiB; a routine is a short list of steps`, 1);
      case 'unreadable':
        return fail(
          problem.code === 'EACCES' || problem.code === 'EPERM'
            ? `cannot read ${file}: permission denied`
            : `cannot read ${file} (${problem.code}); check that it is a file you can read`,
          1,
        );
    }
  }
}

function fail(message: string, exitCode: 1 | 2 = 2): never {
  throw new UserError(message, { exitCode });
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
