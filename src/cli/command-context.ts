import { type StoreDirs, storeDirs } from '../store/pmr-home.js';
import type { OutputGuard } from '../terminal/output-guard.js';
import type { CliIo } from './cli-io.js';

// What every command is handed: the streams, where state lives, the width to
// fit tables to, and one way each to write output, errors and warnings.

export interface ProgramResult {
  exitCode: number;
}

export interface CommandContext {
  io: CliIo;
  dirs: StoreDirs;
  /** Columns to fit text to, or undefined: not a terminal, or one that reports no width. */
  width: number | undefined;
  out(text: string): void;
  err(text: string): void;
  /** A warning line on stderr, each once per run. */
  warn(line: string): void;
  guard: OutputGuard;
  result: ProgramResult;
}

export function commandContext(
  io: CliIo,
  guard: OutputGuard,
  result: ProgramResult,
): CommandContext {
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  // Once a stream has failed, writing to it again only fails again.
  const out = (text: string) => {
    if (guard.problem() === undefined && !io.stdout.destroyed) io.stdout.write(text);
  };
  const err = (text: string) => {
    if (guard.stderrWorks() && !io.stderr.destroyed) io.stderr.write(text);
  };
  const warned = new Set<string>();
  return {
    io,
    dirs: storeDirs(io.env),
    width: columns && columns > 0 ? columns : undefined,
    out,
    err,
    warn(line) {
      if (warned.has(line)) return;
      warned.add(line);
      err(`${line}\n`);
    },
    guard,
    result,
  };
}
