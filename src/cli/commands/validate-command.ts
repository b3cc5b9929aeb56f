import { terminalLine } from '../../report/terminal-text.js';
import { loadRoutine, type RoutineDirs } from '../../routine/find-routine.js';
import { UserError } from '../../user-error.js';

// `pmr validate FILE...`: "FILE: ok" per good file, every positioned problem
// of the others; the worst outcome decides the exit code. A file name is
// shown as one line whatever it holds, a line break too.

export async function validateRoutines(
  refs: string[],
  dirs: RoutineDirs,
  stdin: NodeJS.ReadableStream,
  write: { out: (text: string) => void; err: (text: string) => void },
): Promise<0 | 1 | 2> {
  let exitCode: 0 | 1 | 2 = 0;
  for (const ref of refs) {
    try {
      await loadRoutine(ref, dirs, stdin);
      write.out(`${terminalLine(ref)}: ok\n`);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      for (const line of error.details) write.err(`${terminalLine(line)}\n`);
      if (error.details.length === 0) write.err(`pmr: ${terminalLine(error.message)}\n`);
      exitCode = Math.max(exitCode, error.exitCode) as 1 | 2;
    }
  }
  return exitCode;
}
