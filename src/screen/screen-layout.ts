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
