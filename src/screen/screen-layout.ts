// The screen's width: the terminal's, capped so lines stay easy to read.
export const maxContentWidth = 72;
export const minContentWidth = 20;

export function contentWidth(columns: number | undefined): number {
  const available = columns && columns > 0 ? columns : 80;
  return Math.max(minContentWidth, Math.min(maxContentWidth, available));
}

/** Room left for the bar beside its countdown ("12s " takes four or five cells). */
export function barWidth(width: number): number {
  return Math.max(4, width - 6);
}

/**
 * Whether a frame this tall fits the terminal with a row to spare for the
 * cursor: a taller frame would scroll and tear on every redraw. An unknown
 * height counts as room enough.
 */
export function fitsRows(frameRows: number, terminalRows: number | undefined): boolean {
  return !terminalRows || terminalRows <= 0 || frameRows <= terminalRows - 1;
}
