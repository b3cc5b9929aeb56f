import { changedSpan } from './changed-span.js';

// Between Ink's frames, the cells that change every second (the countdown,
// the bar or breath pacer, the header's clock) are rewritten where they
// stand, with no React render, layout or frame diff: a few characters a
// second instead of a whole frame.
//
// It keeps in step with Ink this way: Ink draws whole frames (standard, not
// incremental, rendering: each frame erases the one before and draws every
// line), and after each one the places are measured again and every cell is
// written afresh, so a frame drawn from older values is corrected at once.
// An in-place write starts and ends at the cursor Ink left below its frame,
// so Ink's next erase starts from where it expects.

/** A run of cells on screen, rows counted from the frame's top. */
export interface CellRun {
  row: number;
  column: number;
  /** The cells as they should look now, one cell a character. */
  text: string;
  /** Styles the cells as Ink would (colour, bold, faint). */
  paint(text: string): string;
}

/** The runs of a frame and its height, or undefined when the frame cannot be updated in place. */
export interface CellFrame {
  rows: number;
  runs: Readonly<Record<string, CellRun>>;
}

export interface InPlaceWriter {
  /** Whether the frame on screen can be updated in place. */
  active(): boolean;
  /** Ink has drawn a frame: measure it again and bring every cell up to date. */
  frameDrawn(): void;
  /** Something shown has changed between frames: rewrite the cells that differ. */
  refresh(): void;
  /** Where the cells are and what they show now; undefined when there is no live frame. */
  setSource(source: (() => CellFrame | undefined) | undefined): void;
}

export function createInPlaceWriter(stdout: Pick<NodeJS.WriteStream, 'write'>): InPlaceWriter {
  let source: (() => CellFrame | undefined) | undefined;
  // The places as measured when Ink last drew: the frame that is on screen.
  let placed: CellFrame | undefined;
  const shown = new Map<string, string>();

  const write = (frame: CellFrame) => {
    if (!placed) return;
    let out = '';
    for (const [key, run] of Object.entries(frame.runs)) {
      const place = placed.runs[key];
      if (!place || place.text.length !== run.text.length) continue;
      const span = changedSpan(shown.get(key), run.text);
      shown.set(key, run.text);
      if (!span) continue;
      const up = placed.rows - place.row;
      out +=
        `\u001b[${up}A\u001b[${place.column + span.start + 1}G` +
        run.paint(span.text) +
        `\u001b[${up}B\r`;
    }
    if (out) stdout.write(out);
  };

  return {
    active: () => placed !== undefined,
    frameDrawn() {
      placed = source?.();
      shown.clear();
      if (placed) write(placed);
    },
    refresh() {
      const now = source?.();
      if (now) write(now);
    },
    setSource(next) {
      source = next;
      if (!next) {
        placed = undefined;
        shown.clear();
      }
    },
  };
}
