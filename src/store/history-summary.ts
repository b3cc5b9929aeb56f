import { closeSync, constants, fstatSync, ftruncateSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { openTextFile, TextFileError } from '../files/read-text-file.js';
import { localDayNumber, zoneIdentity } from '../stats/local-day-number.js';
import { historyPath, historyReadError } from './history-file.js';
import { forEachLine } from './history-lines.js';
import { parseRecordLine } from './parse-record-line.js';
import { SessionFold, type SessionRow } from './session-fold.js';
import {
  type Batch,
  batchHeaderBytes,
  decodeRow,
  encodeBatchHeader,
  encodeOpenSessions,
  encodeRow,
  fileHeader,
  fileHeaderBytes,
  fingerprint,
  forEachRowBackward,
  forEachRowChunk,
  type LogIdentity,
  problemLines,
  type RowChunk,
  readExactly,
  readLayout,
  readOpenSessions,
  rowBytes,
  rowsAsChunk,
  SummaryDamaged,
  writeFully,
} from './summary-file.js';
import { tryLock } from './summary-lock.js';

// The history read through its summary: the rows already summarised, then
// the history's newest lines read afresh. Reading brings the summary up to
// date on the way (when no other pmr is doing so), so each read has only the
// lines since the last one to parse. Anything wrong with the summary (a
// damaged, foreign or missing file, one that cannot be written) only means
// reading more of history.jsonl, which stays the one record.

export const summaryFileName = 'history.summary';

export interface RowView {
  /**
   * Every session's row, in the order their start lines appear in the
   * history, as stored, a chunk at a time: hundreds of thousands are read
   * without an object each.
   */
  forEachChunk(visit: (chunk: RowChunk) => void): void;
  /**
   * The rows from the last back, each with the latest start of it and every
   * row before it, until `visit` returns false. A row is lent for the call:
   * copy what is kept.
   */
  forEachRowBackward(visit: (row: SessionRow, latestStart: number) => boolean): void;
  /** The history, open for reading a session's own lines. */
  readonly historyFd: number | undefined;
}

/** Batches smaller than this are rewritten with the next, so their number stays small. */
const smallBatchRows = 4096;

/**
 * Runs `use` on a view of every session in the history in `dataDir`.
 * Unreadable lines are named through `warn`, in line order, as before.
 */
export function withHistoryRows<T>(
  dataDir: string,
  warn: (line: string) => void,
  use: (view: RowView) => T,
): T {
  const file = historyPath(dataDir);
  const log = openLog(file);
  if (!log) return use(emptyView);
  let reported = false;
  const report = (lines: readonly number[]) => {
    if (reported) return;
    reported = true;
    for (const line of lines) warn(`pmr: ${file}:${line}: an unreadable history line was skipped`);
  };
  const summaryFile = join(dataDir, summaryFileName);
  try {
    // A damaged row: read again with the summary rebuilt. Should even that
    // fail, or the summary be impossible to write, the history alone is read.
    for (let attempt = 0; ; attempt++) {
      if (attempt === 1) removeQuietly(summaryFile);
      const summary = attempt < 2 ? openSummary(summaryFile) : undefined;
      try {
        let view: RowView;
        try {
          view = summaryView(log, summary, report);
        } catch (error) {
          if (!summary) throw error;
          attempt = 1;
          continue;
        }
        try {
          return use(view);
        } catch (error) {
          if (!(error instanceof SummaryDamaged) || !summary) throw error;
        }
      } finally {
        summary?.close();
      }
    }
  } finally {
    closeSync(log.fd);
  }
}

const emptyView: RowView = {
  forEachChunk() {},
  forEachRowBackward() {},
  historyFd: undefined,
};

function openLog(file: string): LogIdentity | undefined {
  try {
    const { fd, stats } = openTextFile(file);
    return { fd, size: stats.size, dev: stats.dev, ino: stats.ino };
  } catch (error) {
    if (error instanceof TextFileError && error.problem.reason === 'missing') return undefined;
    throw historyReadError(file, error);
  }
}

interface OpenSummary {
  fd: number;
  /** Held while this pmr may update the file. */
  writable: boolean;
  close(): void;
}

function openSummary(file: string): OpenSummary | undefined {
  const unlock = tryLock(`${file}.lock`);
  let fd: number;
  try {
    fd = unlock
      ? openSync(file, constants.O_RDWR | constants.O_CREAT | (constants.O_NONBLOCK ?? 0), 0o644)
      : openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      unlock?.();
      return undefined;
    }
  } catch {
    unlock?.();
    return undefined;
  }
  return {
    fd,
    writable: unlock !== undefined,
    close() {
      closeSync(fd);
      unlock?.();
    },
  };
}

function summaryView(
  log: LogIdentity,
  summary: OpenSummary | undefined,
  report: (lines: readonly number[]) => void,
): RowView {
  let batches: Batch[] = [];
  let layoutEnd = fileHeaderBytes;
  if (summary) {
    const layout = readLayout(summary.fd, fstatSync(summary.fd).size, log);
    if (layout) {
      batches = layout.batches;
      layoutEnd = layout.end;
    } else if (summary.writable) {
      ftruncateSync(summary.fd, 0);
      writeFully(summary.fd, fileHeader(log), 0);
    } else summary = undefined;
  }
  const problems: number[] = summary ? problemLines(summary.fd, batches) : [];
  const tail: SessionRow[] = [];
  if (summary?.writable) {
    batches = extend(summary.fd, log, batches, layoutEnd, problems, tail);
  } else {
    const last = batches.at(-1);
    const fold = new SessionFold((row) => tail.push(row));
    if (summary && last) fold.resume(readOpenSessions(summary.fd, last));
    readTail(log, last?.to ?? { offset: 0, line: 0 }, fold, problems);
    fold.drain();
  }
  report(problems);
  const summaryFd = summary?.fd;
  const summarised = batches.at(-1)?.latestStart ?? Number.NEGATIVE_INFINITY;
  return {
    historyFd: log.fd,
    forEachChunk(visit) {
      if (summaryFd !== undefined) forEachRowChunk(summaryFd, batches, visit);
      if (tail.length > 0) visit(rowsAsChunk(tail));
    },
    forEachRowBackward(visit) {
      // Each tail row's latest start counts the summary's and the tail rows before it.
      const latest: number[] = [];
      let running = summarised;
      for (const row of tail) {
        running = Math.max(running, row.startMs);
        latest.push(running);
      }
      for (let index = tail.length - 1; index >= 0; index--)
        if (!visit(tail[index] as SessionRow, latest[index] as number)) return;
      if (summaryFd !== undefined)
        forEachRowBackward(summaryFd, batches, (row) => visit(row, row.latestStart));
    },
  };
}

/**
 * Reads the history from `from` on into `fold`, noting unreadable lines.
 * Returns where its last whole line ends.
 */
function readTail(
  log: LogIdentity,
  from: { offset: number; line: number },
  fold: SessionFold,
  problems: number[],
  settle = false,
): { offset: number; line: number } {
  let whole = from;
  forEachLine(log.fd, from, log.size, (line) => {
    if (line.text.trim() !== '') {
      const record = parseRecordLine(line.text);
      if (record) fold.add(record, line);
      else if (!line.unfinished) problems.push(line.number);
    }
    // A line still being written is read again next time, whole.
    if (line.unfinished) return;
    whole = { offset: line.end, line: line.number };
    if (settle) fold.settle(line.number);
  });
  return whole;
}

/**
 * Writes the rows of sessions let go since the summary's last batch as a new
 * batch (taking in the last one if it is small), with the sessions still open
 * carried over; those open sessions are also the view's `tail`. Returns the
 * batches now in the file.
 */
function extend(
  fd: number,
  log: LogIdentity,
  batches: Batch[],
  layoutEnd: number,
  problems: number[],
  tail: SessionRow[],
): Batch[] {
  const last = batches.at(-1);
  const merged = last && last.rows < smallBatchRows ? last : undefined;
  const kept = merged ? batches.slice(0, -1) : batches;
  const position = merged ? merged.position : layoutEnd;
  const from = merged ? merged.from : (last?.to ?? { offset: 0, line: 0 });
  const problemsBefore = problems.length - (merged?.problems ?? 0);
  const carriedOver = last ? readOpenSessions(fd, last) : [];
  let latestStart = kept.at(-1)?.latestStart ?? Number.NEGATIVE_INFINITY;

  const rows = Buffer.allocUnsafe(smallBatchRows * rowBytes);
  let buffered = 0;
  let written = 0;
  const rowsAt = position + batchHeaderBytes;
  const flush = () => {
    writeFully(fd, rows.subarray(0, buffered * rowBytes), rowsAt + written * rowBytes);
    written += buffered;
    buffered = 0;
  };
  const add = (row: SessionRow) => {
    latestStart = Math.max(latestStart, row.startMs);
    encodeRow(row, latestStart, rows, buffered * rowBytes);
    buffered++;
    if (buffered === smallBatchRows) flush();
  };
  const carried = merged
    ? readExactly(fd, merged.rows * rowBytes, merged.position + batchHeaderBytes)
    : undefined;
  if (merged && !carried) throw new SummaryDamaged('cut short');
  // Cut first, so a batch half rewritten is never read as whole.
  ftruncateSync(fd, position);
  // Their days are worked out again in this time zone, the batch's from now on.
  if (carried && merged)
    for (let index = 0; index < merged.rows; index++) {
      const row = decodeRow(carried, index * rowBytes);
      add({ ...row, localDay: localDayNumber(row.startMs) });
    }

  const fold = new SessionFold(add);
  fold.resume(carriedOver);
  const to = readTail(log, last?.to ?? from, fold, problems, true);
  flush();
  const open = fold.openSessions();
  const openBytes = encodeOpenSessions(open);
  const batchProblems = problems.slice(problemsBefore);
  const batch: Batch = {
    position,
    rows: written,
    problems: batchProblems.length,
    openBytes: openBytes.length,
    from,
    to,
    latestStart,
    zone: zoneIdentity(),
  };
  const problemBytes = Buffer.alloc(batchProblems.length * 8);
  for (const [index, line] of batchProblems.entries()) problemBytes.writeDoubleLE(line, index * 8);
  writeFully(fd, Buffer.concat([problemBytes, openBytes]), rowsAt + written * rowBytes);
  writeFully(fd, encodeBatchHeader(batch, fingerprint(log.fd, to.offset)), position);
  for (const session of open) tail.push({ ...session, localDay: localDayNumber(session.startMs) });
  return [...kept, batch];
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Gone already.
  }
}
