import { CommanderError } from 'commander';
import { glyphsFor, withGlyphs } from '../report/glyphs.js';
import { terminalLine, terminalText } from '../report/terminal-text.js';
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
  // Messages quote what was typed or read (a routine name, a group, a file
  // name), so each line passes the sanitiser, in the glyphs the locale shows.
  const glyphs = glyphsFor(io.env, process.platform);
  const writeLine = (line: string) =>
    io.stderr.write(`${terminalLine(withGlyphs(line, glyphs))}\n`);
  if (error instanceof UserError) {
    writeLine(`pmr: ${error.message}`);
    for (const line of error.details) writeLine(line);
    return error.exitCode;
  }
  if (io.env.PMR_DEBUG === '1') {
    const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`${terminalText(trace)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    writeLine(`pmr: something went wrong: ${message} (run with PMR_DEBUG=1 for details)`);
  }
  return 1;
}
