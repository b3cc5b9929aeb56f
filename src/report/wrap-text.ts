import { displayWidth, takeColumns } from './display-width.js';

/**
 * Word-wraps a paragraph to a width in columns, for text printed outside the
 * live screen. Lines break between words; a word wider than the whole line
 * (a long path, a sentence in a script written without spaces) is broken
 * where it must, so no line is ever wider than `width`.
 */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (displayWidth(joined) <= room) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (displayWidth(line) > room) {
      const head = takeColumns(line, room) || Array.from(line)[0] || '';
      lines.push(head);
      line = line.slice(head.length);
    }
  }
  if (line) lines.push(line);
  return lines;
}
