import { readSync, writeSync } from 'node:fs';
import { localDayNumber, zoneIdentity } from '../stats/local-day-number.js';
import type { OpenSession, SessionRow } from './session-fold.js';

// history.summary: a derived copy of the history, one fixed-size row per
// session (history.jsonl stays the record; this file can be deleted at any
// time and is rebuilt). It is a file header, then batches, each covering a
// byte range of the history that follows the one before:
//
//   file header  "PMRHSUM1", the history's device and inode
//   batch header "PMRB", rows, problems, its own offset, the history range it
//                covers (offsets and line counts), the latest start so far,
//                and the history's last bytes before the range ends
//   rows         one per session, in the order their start lines appear
//   problems     line numbers of unreadable lines in the range
//   open         the sessions not yet let go (session-fold.ts), as JSON, so
//                the next read carries on from the range's end
//
// A batch is written in full before its header gets its magic, so one cut
// short (a killed pmr, a full disk) is never taken for a whole one: reading
// stops at the first batch that does not add up, and the history from there
// on is read again.

export const fileHeaderBytes = 32;
export const batchHeaderBytes = 96;
export const rowBytes = 48;
const fileMagic = 'PMRHSUM1';
const batchMagic = 0x42524d50; // "PMRB"
const fingerprintBytes = 16;
const longestSessionMs = 24 * 60 * 60 * 1000;

export interface LogIdentity {
  fd: number;
  size: number;
  dev: number;
  ino: number;
}

export interface Batch {
  position: number;
  rows: number;
  problems: number;
  /** Bytes of the open sessions' JSON. */
  openBytes: number;
  from: { offset: number; line: number };
  to: { offset: number; line: number };
  /** The latest start of any row up to the end of this batch (-Infinity for none). */
  latestStart: number;
  /** The time zone its rows' local days were worked out in (zoneIdentity). */
  zone: number;
}

export interface SummaryLayout {
  batches: Batch[];
  /** Where whole batches end; anything after is a batch cut short. */
  end: number;
}

export class SummaryDamaged extends Error {
  override name = 'SummaryDamaged';
}

export function fileHeader(log: LogIdentity): Buffer {
  const header = Buffer.alloc(fileHeaderBytes);
  header.write(fileMagic, 0, 'latin1');
  header.writeDoubleLE(log.dev, 8);
  header.writeDoubleLE(log.ino, 16);
  return header;
}

/** The batches that add up and still match the history, or undefined if the file is not usable at all. */
export function readLayout(fd: number, size: number, log: LogIdentity): SummaryLayout | undefined {
  if (size < fileHeaderBytes) return undefined;
  const header = readExactly(fd, fileHeaderBytes, 0);
  if (
    !header ||
    header.toString('latin1', 0, 8) !== fileMagic ||
    header.readDoubleLE(8) !== log.dev ||
    header.readDoubleLE(16) !== log.ino
  )
    return undefined;
  const batches: Batch[] = [];
  let position = fileHeaderBytes;
  let from = { offset: 0, line: 0 };
  let latestStart = Number.NEGATIVE_INFINITY;
  while (position + batchHeaderBytes <= size) {
    const bytes = readExactly(fd, batchHeaderBytes, position);
    if (!bytes || bytes.readUInt32LE(0) !== batchMagic) break;
    const batch: Batch = {
      position,
      rows: bytes.readUInt32LE(4),
      problems: bytes.readUInt32LE(8),
      openBytes: bytes.readUInt32LE(12),
      from: { offset: bytes.readDoubleLE(24), line: bytes.readDoubleLE(32) },
      to: { offset: bytes.readDoubleLE(40), line: bytes.readDoubleLE(48) },
      latestStart: bytes.readDoubleLE(56),
      zone: bytes.readUInt32LE(80),
    };
    const length = batchLength(batch);
    if (
      bytes.readDoubleLE(16) !== position ||
      batch.from.offset !== from.offset ||
      batch.from.line !== from.line ||
      !(batch.to.offset >= from.offset && batch.to.line >= from.line) ||
      batch.to.offset > log.size ||
      !(
        batch.latestStart >= latestStart ||
        (batch.rows === 0 && batch.latestStart === latestStart)
      ) ||
      position + length > size ||
      !sameBytes(bytes.subarray(64, 64 + fingerprintBytes), fingerprint(log.fd, batch.to.offset))
    )
      break;
    batches.push(batch);
    position += length;
    from = batch.to;
    latestStart = batch.latestStart;
  }
  return { batches, end: position };
}

export function batchLength(batch: Pick<Batch, 'rows' | 'problems' | 'openBytes'>): number {
  return batchHeaderBytes + batch.rows * rowBytes + batch.problems * 8 + batch.openBytes;
}

/** The history's last bytes before `offset`: a batch remembers them so a rewritten history is noticed. */
export function fingerprint(fd: number, offset: number): Buffer {
  const length = Math.min(fingerprintBytes, offset);
  const bytes = Buffer.alloc(fingerprintBytes);
  if (length > 0 && readSync(fd, bytes, 0, length, offset - length) !== length) bytes.fill(0xff);
  return bytes;
}

export function encodeRow(row: SessionRow, latestStart: number, target: Buffer, at: number): void {
  target.writeDoubleLE(row.startMs, at);
  target.writeDoubleLE(row.durationMs, at + 8);
  target.writeDoubleLE(latestStart, at + 16);
  target.writeDoubleLE(row.startOffset, at + 24);
  target.writeDoubleLE(row.endOffset, at + 32);
  target[at + 40] = (row.completed ? 1 : 0) | (row.bedtime ? 2 : 0);
  target[at + 41] = row.before + 1;
  target[at + 42] = row.after + 1;
  target.fill(0, at + 43, at + 44);
  target.writeInt32LE(row.localDay, at + 44);
}

export type StoredRow = SessionRow & { latestStart: number };

const newRow = (): StoredRow => ({
  startMs: 0,
  localDay: 0,
  durationMs: 0,
  latestStart: 0,
  startOffset: 0,
  endOffset: 0,
  completed: false,
  bedtime: false,
  before: -1,
  after: -1,
});

/**
 * A row as written, checked to be one pmr could have written. Rows are read
 * by the hundred thousand, so one object can be filled again and again.
 */
export function decodeRow(source: Buffer, at: number, row: StoredRow = newRow()): StoredRow {
  const view = new DataView(source.buffer, source.byteOffset, source.length);
  return decodeInto(view, source, at, row);
}

function decodeInto(view: DataView, source: Buffer, at: number, row: StoredRow): StoredRow {
  const flags = source[at + 40] ?? 0;
  row.startMs = view.getFloat64(at, true);
  row.durationMs = view.getFloat64(at + 8, true);
  row.latestStart = view.getFloat64(at + 16, true);
  row.startOffset = view.getFloat64(at + 24, true);
  row.endOffset = view.getFloat64(at + 32, true);
  row.completed = (flags & 1) === 1;
  row.bedtime = (flags & 2) === 2;
  row.before = (source[at + 41] ?? 0) - 1;
  row.after = (source[at + 42] ?? 0) - 1;
  row.localDay = view.getInt32(at + 44, true);
  if (
    flags > 3 ||
    row.before > 10 ||
    row.after > 10 ||
    !(row.durationMs >= 0 && row.durationMs <= longestSessionMs) ||
    !(row.endOffset > row.startOffset && row.startOffset >= 0) ||
    !(row.latestStart >= row.startMs || Number.isNaN(row.startMs))
  )
    throw new SummaryDamaged('a row that pmr could not have written');
  return row;
}

export function encodeBatchHeader(
  batch: Batch,
  tail: Buffer,
  target: Buffer = Buffer.alloc(batchHeaderBytes),
): Buffer {
  target.fill(0, 0, batchHeaderBytes);
  target.writeUInt32LE(batchMagic, 0);
  target.writeUInt32LE(batch.rows, 4);
  target.writeUInt32LE(batch.problems, 8);
  target.writeUInt32LE(batch.openBytes, 12);
  target.writeDoubleLE(batch.position, 16);
  target.writeDoubleLE(batch.from.offset, 24);
  target.writeDoubleLE(batch.from.line, 32);
  target.writeDoubleLE(batch.to.offset, 40);
  target.writeDoubleLE(batch.to.line, 48);
  target.writeDoubleLE(batch.latestStart, 56);
  tail.copy(target, 64, 0, fingerprintBytes);
  target.writeUInt32LE(batch.zone, 80);
  return target;
}

const rowsAtOnce = 8192;

/** Rows as stored (rowBytes each), a chunk at a time; see RowChunk. */
export interface RowChunk {
  bytes: Buffer;
  view: DataView;
  count: number;
  /** Whether the rows' local days were worked out in this time zone. */
  sameZone: boolean;
}

/** Offsets within a row, for reading chunks directly. */
export const rowField = {
  startMs: 0,
  durationMs: 8,
  flags: 40,
  before: 41,
  after: 42,
  localDay: 44,
} as const;

/** Every row of the batches, first to last, in chunks read straight from the file. */
export function forEachRowChunk(
  fd: number,
  batches: readonly Batch[],
  visit: (chunk: RowChunk) => void,
): void {
  const bytes = Buffer.alloc(rowsAtOnce * rowBytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const zone = zoneIdentity();
  for (const batch of batches) {
    let done = 0;
    while (done < batch.rows) {
      const count = Math.min(rowsAtOnce, batch.rows - done);
      const at = batch.position + batchHeaderBytes + done * rowBytes;
      if (readSync(fd, bytes, 0, count * rowBytes, at) !== count * rowBytes)
        throw new SummaryDamaged('cut short');
      checkChunk(view, bytes, count);
      visit({ bytes, view, count, sameZone: batch.zone === zone });
      done += count;
    }
  }
}

/** Rows in memory as one chunk, stored as in the file. */
export function rowsAsChunk(rows: readonly SessionRow[]): RowChunk {
  const bytes = Buffer.alloc(rows.length * rowBytes);
  for (const [index, row] of rows.entries()) encodeRow(row, row.startMs, bytes, index * rowBytes);
  return {
    bytes,
    view: new DataView(bytes.buffer, bytes.byteOffset, bytes.length),
    count: rows.length,
    sameZone: true,
  };
}

/** The fields a chunk's reader relies on, checked as decodeRow checks them. */
function checkChunk(view: DataView, bytes: Buffer, count: number): void {
  for (let at = 0; at < count * rowBytes; at += rowBytes) {
    const durationMs = view.getFloat64(at + 8, true);
    if (
      (bytes[at + 40] as number) > 3 ||
      (bytes[at + 41] as number) > 11 ||
      (bytes[at + 42] as number) > 11 ||
      !(durationMs >= 0 && durationMs <= longestSessionMs)
    )
      throw new SummaryDamaged('a row that pmr could not have written');
  }
}

/** Rows from the last back, until `visit` returns false; it must copy what it keeps of a row. */
export function forEachRowBackward(
  fd: number,
  batches: readonly Batch[],
  visit: (row: StoredRow) => boolean,
): void {
  const buffer = Buffer.alloc(rowsAtOnce * rowBytes);
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
  const row = newRow();
  const zone = zoneIdentity();
  for (let b = batches.length - 1; b >= 0; b--) {
    const batch = batches[b] as Batch;
    const sameZone = batch.zone === zone;
    let left = batch.rows;
    while (left > 0) {
      const count = Math.min(rowsAtOnce, left);
      left -= count;
      const at = batch.position + batchHeaderBytes + left * rowBytes;
      if (readSync(fd, buffer, 0, count * rowBytes, at) !== count * rowBytes)
        throw new SummaryDamaged('cut short');
      for (let index = count - 1; index >= 0; index--) {
        decodeInto(view, buffer, index * rowBytes, row);
        if (!sameZone) row.localDay = localDayNumber(row.startMs);
        if (!visit(row)) return;
      }
    }
  }
}

/** Line numbers of the unreadable lines the batches cover, in order. */
export function problemLines(fd: number, batches: readonly Batch[]): number[] {
  const lines: number[] = [];
  for (const batch of batches) {
    if (batch.problems === 0) continue;
    const bytes = readExactly(
      fd,
      batch.problems * 8,
      batch.position + batchHeaderBytes + batch.rows * rowBytes,
    );
    if (!bytes) throw new SummaryDamaged('cut short');
    for (let index = 0; index < batch.problems; index++) lines.push(bytes.readDoubleLE(index * 8));
  }
  return lines;
}

const openFields = 12;

export function encodeOpenSessions(sessions: readonly OpenSession[]): Buffer {
  return Buffer.from(
    JSON.stringify(
      sessions.map((s) => [
        s.id,
        s.startMs,
        s.durationMs,
        s.completed,
        s.bedtime,
        s.before,
        s.after,
        s.startOffset,
        s.endOffset,
        s.finished,
        s.lastLine,
        0,
      ]),
    ),
    'utf8',
  );
}

/** The open sessions a batch carries over, checked to be ones pmr could have written. */
export function readOpenSessions(fd: number, batch: Batch): OpenSession[] {
  if (batch.openBytes === 0) return [];
  const at = batch.position + batchHeaderBytes + batch.rows * rowBytes + batch.problems * 8;
  const bytes = readExactly(fd, batch.openBytes, at);
  let entries: unknown;
  try {
    entries = JSON.parse(bytes?.toString('utf8') ?? '');
  } catch {
    throw new SummaryDamaged('open sessions that are not JSON');
  }
  if (!Array.isArray(entries)) throw new SummaryDamaged('open sessions that are not a list');
  return entries.map((entry: unknown) => {
    if (!Array.isArray(entry) || entry.length !== openFields)
      throw new SummaryDamaged('an open session of the wrong shape');
    const [id, startMs, durationMs, completed, bedtime, before, after, startOffset, endOffset] =
      entry;
    const [finished, lastLine] = entry.slice(9);
    const session = {
      id,
      startMs,
      durationMs,
      completed,
      bedtime,
      before,
      after,
      startOffset,
      endOffset,
      finished,
      lastLine,
    } as OpenSession;
    const numbers = [startMs, durationMs, before, after, startOffset, endOffset, lastLine];
    if (
      typeof id !== 'string' ||
      numbers.some((value) => typeof value !== 'number') ||
      typeof completed !== 'boolean' ||
      typeof bedtime !== 'boolean' ||
      typeof finished !== 'boolean' ||
      !(session.durationMs >= 0 && session.durationMs <= longestSessionMs) ||
      !(session.before >= -1 && session.before <= 10 && session.after >= -1 && session.after <= 10)
    )
      throw new SummaryDamaged('an open session pmr could not have written');
    return session;
  });
}

export function readExactly(fd: number, length: number, position: number): Buffer | undefined {
  const bytes = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) return undefined;
    done += read;
  }
  return bytes;
}

export function writeFully(fd: number, data: Buffer, position: number): void {
  let done = 0;
  while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.equals(b);
}
