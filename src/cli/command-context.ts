import { type Display, displayFor } from '../report/display.js';
import { withGlyphs } from '../report/glyphs.js';
import { terminalText } from '../report/terminal-text.js';
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
  /** What stdout's text must fit: its width (if known) and the glyphs its locale shows. */
  display: Display;
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
  const display = displayFor(io.stdout, io.env);
  // Everything written passes the sanitiser: text from files, arguments or
  // the history cannot send escape sequences to the terminal. Messages on
  // stderr are pmr's own words, in the glyphs the locale can show. Once a
  // stream has failed, writing to it again only fails again.
  const out = (text: string) => {
    if (guard.problem() === undefined && !io.stdout.destroyed) io.stdout.write(terminalText(text));
  };
  const err = (text: string) => {
    if (guard.stderrWorks() && !io.stderr.destroyed) {
      io.stderr.write(terminalText(withGlyphs(text, display.glyphs)));
    }
  };
  const warned = new Set<string>();
  return {
    io,
    dirs: storeDirs(io.env),
    display,
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
