import { terminalLine } from '../report/terminal-text.js';
import { guardOutput, outputExitCode, outputProblemLine } from '../terminal/output-guard.js';
import { UserError } from '../user-error.js';
import { type CliIo, processIo } from './cli-io.js';
import { type CommandContext, commandContext, type ProgramResult } from './command-context.js';
import { quickCommand, runQuickCommand } from './quick-commands.js';

declare const PMR_VERSION: string | undefined;

// The thin entry: parse, run, and turn every failure into one calm line and
// an exit code. Stack traces only with PMR_DEBUG=1. A closed or failing
// output ends quietly (141, as for SIGPIPE) or with one line (1). The
// plainest commands skip commander (quick-commands.ts); it is loaded only
// for the others.
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const version = typeof PMR_VERSION === 'string' ? PMR_VERSION : 'dev';
  const result: ProgramResult = { exitCode: 0 };
  const guard = guardOutput(io.stdout, io.stderr);
  const context = commandContext(io, guard, result);
  let code: number;
  try {
    const quick = quickCommand(argv);
    if (quick) await runQuickCommand(quick, context, version);
    else await runProgram(argv, context, version);
    code = result.exitCode;
  } catch (error) {
    code = reportFailure(error, context.err, io.env);
  }
  await guard.settle();
  const problem = guard.problem();
  if (problem) {
    const line = outputProblemLine(problem);
    if (line) context.err(`${line}\n`);
    code = outputExitCode(problem);
  }
  return code;
}

/** The command line parsed by commander's program, and its action run. */
async function runProgram(argv: string[], context: CommandContext, version: string): Promise<void> {
  const [{ CommanderError }, { buildProgram }] = await Promise.all([
    import('commander'),
    import('./program.js'),
  ]);
  try {
    await buildProgram(context, version).parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // Help and version exit through here with code 0; usage errors were already printed.
    context.result.exitCode = error.exitCode === 0 ? 0 : 2;
  }
}

function reportFailure(
  error: unknown,
  err: (text: string) => void,
  env: NodeJS.ProcessEnv,
): number {
  // Messages quote what was typed or read (a routine name, a group, a file
  // name): each stays one line, whatever it holds (err sanitises the rest).
  const writeLine = (line: string) => err(`${terminalLine(line)}\n`);
  if (error instanceof UserError) {
    writeLine(`pmr: ${error.message}`);
    for (const line of error.details) writeLine(line);
    return error.exitCode;
  }
  if (env.PMR_DEBUG === '1') {
    err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    writeLine(`pmr: something went wrong: ${message} (run with PMR_DEBUG=1 for details)`);
  }
  return 1;
}
