import { displayWidth } from '../report/display-width.js';

// The header's two parts, title and status ("Jaw · 3 of 4 groups · 2:10
// left"), side by side when both fit, else on two rows. The status takes
// the fullest wording of where the session stands that fits the width.

export interface HeaderLayout {
  together: boolean;
  /** The wording of where the session stands that was chosen. */
  where: string;
  rows: number;
}

export function statusText(where: string, clock: string, separator: string): string {
  return [where, clock].filter(Boolean).join(` ${separator} `);
}

export function headerLayout(
  title: string,
  wheres: readonly string[],
  clock: string,
  width: number,
  separator: string,
): HeaderLayout {
  const fits = (where: string) => displayWidth(statusText(where, clock, separator)) <= width;
  const where = wheres.find(fits) ?? wheres.at(-1) ?? '';
  const together =
    displayWidth(title) + displayWidth(statusText(where, clock, separator)) + 2 <= width;
  return { together, where, rows: together ? 1 : 2 };
}
