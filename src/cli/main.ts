import { CommanderError } from 'commander';
import { UserError } from '../user-error.js';
import { type CliIo, processIo } from './cli-io.js';
import { buildProgram, type ProgramResult } from './program.js';

declare const PMR_VERSION: string | undefined;

// The thin entry: parse, run, and turn every failure into one calm line and
// an exit code. Stack traces only with PMR_DEBUG=1.
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const version = typeof PMR_VERSION === 'string' ? PMR_VERSION : 'dev';
  const result: ProgramResult = { exitCode: 0 };
  const program = buildProgram(io, version, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    return reportFailure(error, io);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // Help and version exit through here with code 0; usage errors were already printed.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof UserError) {
    io.stderr.write(`pmr: ${error.message}\n`);
    for (const line of error.details) io.stderr.write(`${line}\n`);
    return error.exitCode;
  }
  if (io.env.PMR_DEBUG === '1') {
    io.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`pmr: something went wrong: ${message} (run with PMR_DEBUG=1 for details)\n`);
  }
  return 1;
}
