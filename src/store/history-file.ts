import { join } from 'node:path';
import { readTextFile, TextFileError } from '../files/read-text-file.js';
import { UserError } from '../user-error.js';
import { appendLine } from './append-line.js';
import { type HistoryRecord, historyRecord } from './history-record.js';

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
    if (!(error instanceof TextFileError)) throw error;
    const { problem } = error;
    if (problem.reason === 'missing') return { records: [], problems: [] };
    throw new UserError(
      problem.reason === 'not-a-file'
        ? `the history at ${file} is ${problem.kind}, not a file; move it aside and pmr will start a new one.`
        : `cannot read the history at ${file} (${problem.reason === 'unreadable' ? problem.code : problem.reason}); check that it is a file you can read.`,
      { exitCode: 1 },
    );
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
    const record = parseLine(line);
    if (record) records.push(record);
    else problems.push(`${file}:${index + 1}: an unreadable history line was skipped`);
  }
  const last = tail.trim() === '' ? undefined : parseLine(tail);
  if (last) records.push(last);
  return { records, problems };
}

function parseLine(line: string): HistoryRecord | undefined {
  try {
    const parsed = historyRecord.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
