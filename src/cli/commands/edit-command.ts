import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { splitCommand, unclosedQuote } from '../../cues/split-command.js';
import { fileKind } from '../../files/read-text-file.js';
import { terminalLine } from '../../report/terminal-text.js';
import {
  isPathRef,
  listRoutineFiles,
  type RoutineDirs,
  readRoutineFile,
} from '../../routine/find-routine.js';
import { parseRoutine } from '../../routine/load-routine.js';
import { formatIssue } from '../../routine/routine-issue.js';
import { UserError } from '../../user-error.js';

// `pmr edit NAME`: opens one of the person's own routines in $VISUAL or
// $EDITOR, waits for it, and checks the file when the editor closes.

export function routineToEdit(ref: string, dirs: RoutineDirs): string {
  if (isPathRef(ref)) return checkedFile(ref);
  const entry = listRoutineFiles(dirs).find((candidate) => candidate.name === ref);
  if (entry?.kind === 'user') return checkedFile(entry.file);
  if (entry?.kind === 'built-in') {
    throw new UserError(
      `${ref} is built in; make your own copy first: pmr new my-${ref} --from ${ref}`,
    );
  }
  throw new UserError(`no routine "${ref}" of yours yet; create it with: pmr new ${ref}`);
}

/** Only a regular file is handed to the editor. */
function checkedFile(file: string): string {
  const stats = statSync(file, { throwIfNoEntry: false });
  if (!stats) throw new UserError(`cannot find ${file}; check the path`);
  if (!stats.isFile()) {
    throw new UserError(
      `${file} is ${fileKind(stats)}, not a routine file; pmr edit opens one routine file, like pmr edit my-reset`,
    );
  }
  return file;
}

export function editorCommand(env: NodeJS.ProcessEnv): string[] {
  const variable = env.VISUAL?.trim() ? 'VISUAL' : 'EDITOR';
  const configured = env[variable]?.trim();
  if (!configured) return [process.platform === 'win32' ? 'notepad' : 'vi'];
  const quote = unclosedQuote(configured);
  if (quote) {
    throw new UserError(`$${variable} has a ${quote} that is never closed; close it or remove it.`);
  }
  return splitCommand(configured);
}

// Ctrl-C and Ctrl-\ reach every process in the terminal's foreground group:
// while the editor runs they are the editor's to handle (vi cancels a
// command with Ctrl-C), so pmr ignores them until the editor has closed.
const editorSignals: NodeJS.Signals[] =
  process.platform === 'win32' ? ['SIGINT'] : ['SIGINT', 'SIGQUIT'];

/** Opens the editor and waits; then the file's problems, or none. */
export async function editRoutine(
  file: string,
  env: NodeJS.ProcessEnv,
): Promise<{ ok: boolean; lines: string[] }> {
  const [editor, ...args] = editorCommand(env);
  if (!editor) throw new UserError('set $EDITOR (or $VISUAL) to the editor you use.');
  const ignore = () => {};
  for (const signal of editorSignals) process.on(signal, ignore);
  let ended: { code: number | null; signal: NodeJS.Signals | null };
  try {
    ended = await runEditor(editor, [...args, file]);
  } finally {
    for (const signal of editorSignals) process.off(signal, ignore);
  }
  if (ended.code !== 0) {
    const how = ended.signal
      ? `was stopped by ${ended.signal}`
      : `exited with status ${ended.code}`;
    throw new UserError(
      `the editor "${editor}" ${how}, so ${file} was not checked; check it with: pmr validate ${file}`,
      { exitCode: 1 },
    );
  }
  const parsed = parseRoutine(readRoutineFile(file), { kind: 'path', file });
  // One line each, whatever the file's name holds.
  if (parsed.ok) return { ok: true, lines: [`${terminalLine(file)}: ok`] };
  return { ok: false, lines: parsed.issues.map((issue) => terminalLine(formatIssue(issue))) };
}

function runEditor(
  editor: string,
  args: string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(editor, args, { stdio: 'inherit' });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new UserError(
          error.code === 'ENOENT'
            ? `cannot find the editor "${editor}"; set $EDITOR (or $VISUAL) to the one you use.`
            : `could not start the editor "${editor}": ${error.message}`,
        ),
      );
    });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}
