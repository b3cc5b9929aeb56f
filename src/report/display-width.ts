// Text is measured in terminal columns, not in UTF-16 units: 肩 takes two
// columns and is one unit, 🧘 takes two and is two units, an accent added to
// a letter takes none. Every column, clip and pad shown to a person goes
// through here, so titles in any script line up and fit.
//
// Widths come from narrow-string-width: string-width's answer, without
// loading string-width (tens of milliseconds) for ASCII and the screen's own
// symbols.

import stringWidth from './narrow-string-width.js';

let graphemes: Intl.Segmenter | undefined;

const plainAscii = /^[\u0020-\u007E]*$/;

// Measuring text beyond plain ASCII walks its graphemes through an emoji
// pattern and a width table; the live screen measures the same few lines
// (its legend, its header) on every frame, so widths are remembered. The
// memory is bounded: past a few hundred texts it starts again.
const knownWidths = new Map<string, number>();
const maxKnownWidths = 512;

export function displayWidth(text: string): number {
  if (plainAscii.test(text)) return text.length;
  const known = knownWidths.get(text);
  if (known !== undefined) return known;
  const width = stringWidth(text);
  if (knownWidths.size >= maxKnownWidths) knownWidths.clear();
  knownWidths.set(text, width);
  return width;
}

/** Cut text to at most `width` columns, marking a cut with the ellipsis when it fits. */
export function clipText(text: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  const mark = displayWidth(ellipsis) < width ? ellipsis : '';
  return `${takeColumns(text, width - displayWidth(mark))}${mark}`;
}

/** The longest start of text that fits in `width` columns, never splitting a character. */
export function takeColumns(text: string, width: number): string {
  // One printable ASCII character is one grapheme and one column.
  if (plainAscii.test(text)) return text.slice(0, Math.max(0, width));
  let taken = '';
  let used = 0;
  graphemes ??= new Intl.Segmenter();
  for (const { segment } of graphemes.segment(text)) {
    const cells = displayWidth(segment);
    if (used + cells > width) break;
    taken += segment;
    used += cells;
  }
  return taken;
}

/** Text followed by spaces up to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Text preceded by spaces up to `width` columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** The widest of some texts, in columns. */
export function widest(texts: Iterable<string>): number {
  let most = 0;
  for (const text of texts) most = Math.max(most, displayWidth(text));
  return most;
}
