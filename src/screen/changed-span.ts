// The part of a line that differs from what is on screen, so an in-place
// update writes only those cells. Both texts are one cell a character (a
// countdown, a bar, a clock of the same width): an index is a column.

export interface ChangedSpan {
  /** Column of the first changed cell, from the text's start. */
  start: number;
  /** The text from that cell through the last changed one. */
  text: string;
}

/** What to write over `shown` to show `next`; everything when nothing is known to be shown. */
export function changedSpan(shown: string | undefined, next: string): ChangedSpan | undefined {
  if (shown === undefined || shown.length !== next.length) return { start: 0, text: next };
  let first = 0;
  while (first < next.length && shown[first] === next[first]) first++;
  if (first === next.length) return undefined;
  let last = next.length - 1;
  while (last > first && shown[last] === next[last]) last--;
  return { start: first, text: next.slice(first, last + 1) };
}
