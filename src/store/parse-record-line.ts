import type { HistoryRecord } from './history-record.js';
import { checkRecord } from './history-record-check.js';

/** One line of history.jsonl as a record, or undefined if it is not one. */
export function parseRecordLine(line: string): HistoryRecord | undefined {
  try {
    return checkRecord(JSON.parse(line));
  } catch {
    return undefined;
  }
}
