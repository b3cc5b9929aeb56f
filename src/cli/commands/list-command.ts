import { planSession } from '../../plan/plan-session.js';
import type { Display } from '../../report/display.js';
import { clipText, padEnd, padStart, widest } from '../../report/display-width.js';
import { formatMinutes } from '../../report/format-clock.js';
import { terminalLine } from '../../report/terminal-text.js';
import { listRoutineFiles, type RoutineDirs, readRoutineFile } from '../../routine/find-routine.js';
import { parseRoutine } from '../../routine/load-routine.js';

// `pmr list`: every routine pmr can find. A broken user file is listed as
// such instead of hiding the others; so is a FIFO or a folder named like a
// routine, which is never waited on.

export interface RoutineListing {
  name: string;
  title: string;
  summary: string;
  total_ms: number | null;
  groups: number | null;
  source: 'built-in' | 'user';
  file: string;
  valid: boolean;
}

export function listRoutines(dirs: RoutineDirs): RoutineListing[] {
  return listRoutineFiles(dirs).map((entry) => {
    let text: string;
    try {
      text = readRoutineFile(entry.file);
    } catch {
      return invalid(entry);
    }
    const result = parseRoutine(text, { kind: entry.kind, file: entry.file });
    if (!result.ok) return invalid(entry);
    const plan = planSession(result.routine);
    return {
      name: entry.name,
      title: result.routine.title,
      summary: result.routine.summary,
      total_ms: plan.total_ms,
      groups: new Set(result.routine.steps.map((step) => step.group)).size,
      source: entry.kind,
      file: entry.file,
      valid: true,
    };
  });
}

function invalid(entry: { name: string; kind: 'built-in' | 'user'; file: string }): RoutineListing {
  return {
    name: entry.name,
    title: '',
    summary: '',
    total_ms: null,
    groups: null,
    source: entry.kind,
    file: entry.file,
    valid: false,
  };
}

export function formatRoutineList(listings: RoutineListing[], display: Display): string {
  if (listings.length === 0) return 'No routines found.\n';
  const { width, glyphs } = display;
  // Names, titles and paths come from files: made safe, then measured in
  // columns, and every column as wide as its widest cell, so "9.7 min" lines
  // up with "10.5 min", "1 group" with "12 groups", 深呼吸 with work.
  const rows = listings.map((listing) => ({
    listing,
    name: terminalLine(listing.name),
    length: formatMinutes(listing.total_ms ?? 0),
    count: String(listing.groups ?? 0),
  }));
  const valid = rows.filter((row) => row.listing.valid);
  const nameWidth = widest(rows.map((row) => row.name));
  const lengthWidth = widest(valid.map((row) => row.length));
  const countWidth = widest(valid.map((row) => row.count));
  const lines = rows.map(({ listing, name, length, count }) => {
    const line = listing.valid
      ? [
          padEnd(name, nameWidth),
          padStart(length, lengthWidth),
          `${padStart(count, countWidth)} ${listing.groups === 1 ? 'group ' : 'groups'}`,
          listing.source.padEnd(8),
          terminalLine(listing.title),
        ].join('  ')
      : `${padEnd(name, nameWidth)}  invalid: run pmr validate ${terminalLine(listing.file)}`;
    return width === undefined ? line : clipText(line, width, glyphs.ellipsis);
  });
  return `${lines.join('\n')}\n`;
}
