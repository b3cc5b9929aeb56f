import { join } from 'node:path';
import { readTextFile, TextFileError } from '../files/read-text-file.js';
import { UserError } from '../user-error.js';
import { appendLine } from './append-line.js';
import type { HistoryRecord } from './history-record.js';
import { parseRecordLine } from './parse-record-line.js';

// The history is append-only JSON Lines: adding a session never rewrites the
// file, and a line that cannot be read is skipped with its line number while
// every other record still counts.

export const historyFileName = 'history.jsonl';

export function historyPath(dataDir: string): string {
  return join(dataDir, historyFileName);
}

export function appendRecord(file: string, record: HistoryRecord): void {
  appendLine(file, JSON.stringify(record));
}

export interface HistoryRead {
  records: HistoryRecord[];
  /** One line per unreadable line: "history.jsonl:12: …". */
  problems: string[];
}

export function readRecords(file: string): HistoryRead {
  let text: string;
  try {
    // No bound: years of practice make a long history, and that is fine.
    text = readTextFile(file);
  } catch (error) {
    if (error instanceof TextFileError && error.problem.reason === 'missing')
      return { records: [], problems: [] };
    throw historyReadError(file, error);
  }
  const records: HistoryRecord[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  // What follows the last newline is a line still being written by another
  // pmr (every line is written with its newline in one go): read it if it is
  // whole, and never call it broken.
  const tail = lines.pop() ?? '';
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const record = parseRecordLine(line);
    if (record) records.push(record);
    else problems.push(`${file}:${index + 1}: an unreadable history line was skipped`);
  }
  const last = tail.trim() === '' ? undefined : parseRecordLine(tail);
  if (last) records.push(last);
  return { records, problems };
}

/** The one-line error for a history that exists but cannot be read. */
export function historyReadError(file: string, error: unknown): unknown {
  if (!(error instanceof TextFileError)) return error;
  const { problem } = error;
  return new UserError(
    problem.reason === 'not-a-file'
      ? `the history at ${file} is ${problem.kind}, not a file; move it aside and pmr will start a new one.`
      : `cannot read the history at ${file} (${problem.reason === 'unreadable' ? problem.code : problem.reason}); check that it is a file you can read.`,
    { exitCode: 1 },
  );
}
