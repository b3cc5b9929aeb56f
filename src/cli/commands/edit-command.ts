import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { splitCommand } from '../../cues/split-command.js';
import { terminalLine } from '../../report/terminal-text.js';
import { isPathRef, listRoutineFiles, type RoutineDirs } from '../../routine/find-routine.js';
import { parseRoutine } from '../../routine/load-routine.js';
import { formatIssue } from '../../routine/routine-issue.js';
import { UserError } from '../../user-error.js';

// `pmr edit NAME`: opens one of the person's own routines in $VISUAL or
// $EDITOR and checks it when the editor closes.

export function routineToEdit(ref: string, dirs: RoutineDirs): string {
  if (isPathRef(ref)) {
    if (!existsSync(ref)) throw new UserError(`cannot find ${ref}; check the path`);
    return ref;
  }
  const entry = listRoutineFiles(dirs).find((candidate) => candidate.name === ref);
  if (entry?.kind === 'user') return entry.file;
  if (entry?.kind === 'built-in') {
    throw new UserError(
      `${ref} is built in; make your own copy first: pmr new my-${ref} --from ${ref}`,
    );
  }
  throw new UserError(`no routine "${ref}" of yours yet; create it with: pmr new ${ref}`);
}

export function editorCommand(env: NodeJS.ProcessEnv): string[] {
  const configured = env.VISUAL?.trim() || env.EDITOR?.trim();
  if (configured) return splitCommand(configured);
  return [process.platform === 'win32' ? 'notepad' : 'vi'];
}

/** Opens the editor and waits; then the file's problems, or none. */
export function editRoutine(
  file: string,
  env: NodeJS.ProcessEnv,
): { ok: boolean; lines: string[] } {
  const [editor, ...args] = editorCommand(env);
  if (!editor) throw new UserError('set $EDITOR (or $VISUAL) to the editor you use.');
  const result = spawnSync(editor, [...args, file], { stdio: 'inherit' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `cannot find the editor "${editor}"; set $EDITOR (or $VISUAL) to the one you use.`
        : `could not start the editor "${editor}": ${result.error.message}`,
    );
  }
  const parsed = parseRoutine(readFileSync(file, 'utf8'), { kind: 'path', file });
  // One line each, whatever the file's name holds.
  if (parsed.ok) return { ok: true, lines: [`${terminalLine(file)}: ok`] };
  return { ok: false, lines: parsed.issues.map((issue) => terminalLine(formatIssue(issue))) };
}
