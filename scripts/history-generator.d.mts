export interface HistoryOptions {
  /** How many sessions (default 1000). */
  sessions?: number;
  /** Average sessions a day (default 2). */
  perDay?: number;
  /** The newest session's day (default 2026-11-25T12:00Z). */
  until?: Date;
  /** The same seed gives the same file (default 1). */
  seed?: number;
}

export function writeHistory(
  file: string,
  options?: HistoryOptions,
): { sessions: number; lines: number; bytes: number };
