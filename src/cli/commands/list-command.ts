import type { Display } from '../../report/display.js';
import { clipText, padEnd, padStart, widest } from '../../report/display-width.js';
import { formatMinutes } from '../../report/format-clock.js';
import { jsonText } from '../../report/json-text.js';
import { terminalLine } from '../../report/terminal-text.js';
import {
  listRoutineFiles,
  type RoutineDirs,
  type RoutineEntry,
  readRoutineFile,
  routineDirs,
} from '../../routine/find-routine.js';
import { compiledTotalMs, readRoutine } from '../../routine/read-routine.js';
import type { Routine } from '../../routine/routine.js';
import type { CommandContext } from '../command-context.js';

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

/** `pmr list`: the table, or JSON with --json. */
export async function listCommand(
  flags: { json?: boolean },
  context: CommandContext,
): Promise<string> {
  const listings = await listRoutines(routineDirs(context.dirs.config));
  return flags.json ? `${jsonText(listings, 2)}\n` : formatRoutineList(listings, context.display);
}

export async function listRoutines(dirs: RoutineDirs): Promise<RoutineListing[]> {
  const listings: RoutineListing[] = [];
  for (const entry of listRoutineFiles(dirs)) listings.push(await listing(entry));
  return listings;
}

async function listing(entry: RoutineEntry): Promise<RoutineListing> {
  let text: string;
  try {
    text = readRoutineFile(entry.file);
  } catch {
    return invalid(entry);
  }
  const source = { kind: entry.kind, file: entry.file };
  const result = await readRoutine(text, source);
  if (!result.ok) return invalid(entry);
  return {
    name: entry.name,
    title: result.routine.title,
    summary: result.routine.summary,
    total_ms: compiledTotalMs(text, source) ?? (await plannedMs(result.routine)),
    groups: new Set(result.routine.steps.map((step) => step.group)).size,
    source: entry.kind,
    file: entry.file,
    valid: true,
  };
}

/** Planning brings the speech-time patterns in, milliseconds to start: only when needed. */
async function plannedMs(routine: Routine): Promise<number> {
  const { planSession } = await import('../../plan/plan-session.js');
  return planSession(routine).total_ms;
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
