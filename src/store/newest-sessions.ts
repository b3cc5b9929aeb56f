import { readSync } from 'node:fs';
import type { HistoryRecord } from './history-record.js';
import type { RowView } from './history-summary.js';
import { parseRecordLine } from './parse-record-line.js';
import { joinSessions, type SessionRecord } from './session-history.js';

// `pmr history`: the newest sessions found from the rows (newest first, ties
// in history order, as joinSessions sorts), and only those read in full from
// their own stretch of history.jsonl.

interface Picked {
  startMs: number;
  order: number;
  startOffset: number;
  endOffset: number;
}

/** a is listed before b: a later start, or the same start and an earlier row. */
export const newer = (
  a: { startMs: number; order: number },
  b: { startMs: number; order: number },
): boolean => a.startMs > b.startMs || (a.startMs === b.startMs && a.order < b.order);

export function newestSessions(view: RowView, limit: number): SessionRecord[] {
  const fd = view.historyFd;
  if (fd === undefined) return [];
  const kept = new OldestOnTop(limit);
  // From the last row back: once every row before starts earlier than the
  // oldest kept, none of them can be among the newest.
  let order = 0;
  view.forEachRowBackward((row, latestStart) => {
    order--;
    const oldest = kept.full() ? kept.oldest() : undefined;
    if (oldest && latestStart < oldest.startMs) return false;
    kept.offer({
      startMs: row.startMs,
      order,
      startOffset: row.startOffset,
      endOffset: row.endOffset,
    });
    return true;
  });
  return kept
    .items()
    .sort((a, b) => (newer(a, b) ? -1 : 1))
    .flatMap((picked) => readSession(fd, picked));
}

/** The session whose start line opens the byte range, joined from its own lines there. */
function readSession(fd: number, picked: Picked): SessionRecord[] {
  const length = picked.endOffset - picked.startOffset;
  const bytes = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, picked.startOffset + done);
    if (read === 0) break;
    done += read;
  }
  const lines = bytes.toString('utf8', 0, done).split('\n');
  const first = parseRecordLine(lines[0] ?? '');
  if (!first) return [];
  const records: HistoryRecord[] = [];
  for (const line of lines) {
    const record = parseRecordLine(line);
    if (record?.id === first.id) records.push(record);
  }
  return joinSessions(records);
}

/** The `limit` newest offered so far, with the oldest of them on top of a heap. */
class OldestOnTop {
  private readonly heap: Picked[] = [];
  constructor(private readonly limit: number) {}

  offer(item: Picked): void {
    const { heap } = this;
    if (heap.length < this.limit) {
      heap.push(item);
      this.up(heap.length - 1);
    } else if (heap.length > 0 && newer(item, heap[0] as Picked)) {
      heap[0] = item;
      this.down(0);
    }
  }

  items(): Picked[] {
    return this.heap;
  }

  full(): boolean {
    return this.heap.length >= this.limit;
  }

  oldest(): Picked | undefined {
    return this.heap[0];
  }

  private up(index: number): void {
    const { heap } = this;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!newer(heap[parent] as Picked, heap[index] as Picked)) return;
      [heap[parent], heap[index]] = [heap[index] as Picked, heap[parent] as Picked];
      index = parent;
    }
  }

  private down(index: number): void {
    const { heap } = this;
    for (;;) {
      let oldest = index;
      for (const child of [2 * index + 1, 2 * index + 2])
        if (child < heap.length && newer(heap[oldest] as Picked, heap[child] as Picked))
          oldest = child;
      if (oldest === index) return;
      [heap[oldest], heap[index]] = [heap[index] as Picked, heap[oldest] as Picked];
      index = oldest;
    }
  }
}
