import type { PhaseKind } from '../plan/phase.js';

// Every symbol pmr draws, in two sets: Unicode where the terminal's locale
// is UTF-8, and plain ASCII elsewhere (LANG=C, a serial console), where
// UTF-8 bytes would show as "â–ˆ". Each ASCII glyph keeps its Unicode
// glyph's meaning, and the phase symbols stay different from each other.

export interface Glyphs {
  /** Marks text cut to fit: "Lift your shou…". */
  ellipsis: string;
  /** Between items on one line: "3 sessions · 12 min". */
  separator: string;
  /** A change from one value to another: "6 → 2". */
  arrow: string;
  /** The keys that step back and forward. */
  leftArrow: string;
  rightArrow: string;
  /** A count of times: "shoulders ×2". */
  times: string;
  /** A range: "2–3", "0–10". */
  rangeDash: string;
  /** The dash in a sentence: "unknown group — did you mean …". */
  dash: string;
  /** How a session ended. */
  completed: string;
  stopped: string;
  failed: string;
  running: string;
  paused: string;
  /** Bar cells, filled and still to come. */
  barFilled: string;
  barEmpty: string;
  /** A filled bar cell in the dim look: a shade, never a bright block. */
  barSoft: string;
  /**
   * What big letters are drawn with: a whole cell, and where the set has
   * them, the upper and lower halves of one, so a letter five dots tall
   * takes three rows instead of five.
   */
  letterCells: { full: string; upper?: string; lower?: string };
  /** A one-line chart: eight heights, lowest first, and a day with nothing. */
  sparks: readonly string[];
  nothing: string;
  /** Each phase's own symbol, so colour is never needed. */
  phases: Readonly<Record<PhaseKind, string>>;
}

export const unicodeGlyphs: Glyphs = {
  ellipsis: '…',
  separator: '·',
  arrow: '→',
  leftArrow: '←',
  rightArrow: '→',
  times: '×',
  rangeDash: '–',
  dash: '—',
  completed: '✓',
  stopped: '■',
  failed: '✗',
  running: '▶',
  paused: '❚❚',
  barFilled: '█',
  barEmpty: '░',
  barSoft: '▒',
  letterCells: { full: '█', upper: '▀', lower: '▄' },
  sparks: ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'],
  nothing: '·',
  phases: {
    setup: '○',
    'breathe-in': '↑',
    'breathe-out': '↓',
    prepare: '▸',
    tense: '▲',
    release: '▼',
    rest: '·',
    scan: '◇',
    closing: '●',
  },
};

export const asciiGlyphs: Glyphs = {
  ellipsis: '...',
  separator: '|',
  arrow: '->',
  leftArrow: '<-',
  rightArrow: '->',
  times: 'x',
  rangeDash: '-',
  dash: '-',
  completed: '+',
  stopped: '-',
  failed: 'x',
  running: '>',
  paused: '||',
  barFilled: '#',
  barEmpty: '.',
  barSoft: '=',
  letterCells: { full: '#' },
  // Digits read as heights without any picture: 1 low, 8 the top.
  sparks: ['1', '2', '3', '4', '5', '6', '7', '8'],
  nothing: '.',
  phases: {
    setup: 'o',
    'breathe-in': '^',
    'breathe-out': 'v',
    prepare: '>',
    tense: '+',
    release: '-',
    rest: '.',
    scan: '~',
    closing: '*',
  },
};

/**
 * The set for a terminal: the first of LC_ALL, LC_CTYPE and LANG that is set
 * names the character set, as the C library reads it; only UTF-8 gets
 * Unicode. Windows terminals take Unicode whatever the environment says.
 */
export function glyphsFor(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Glyphs {
  if (platform === 'win32') return unicodeGlyphs;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(locale) ? unicodeGlyphs : asciiGlyphs;
}

/**
 * pmr's own words (messages, help) with each Unicode glyph in them swapped
 * for the set's: "— did you mean" becomes "- did you mean" in ASCII.
 */
export function withGlyphs(text: string, glyphs: Glyphs): string {
  if (glyphs === unicodeGlyphs) return text;
  let result = text;
  for (const [unicode, ascii] of swaps(glyphs)) result = result.replaceAll(unicode, ascii);
  return result;
}

function swaps(glyphs: Glyphs): Array<[string, string]> {
  const pairs = new Map<string, string>();
  const add = (unicode: string, other: string) => {
    if (unicode !== other && !pairs.has(unicode)) pairs.set(unicode, other);
  };
  for (const key of Object.keys(unicodeGlyphs) as Array<keyof Glyphs>) {
    const unicode = unicodeGlyphs[key];
    const other = glyphs[key];
    if (typeof unicode === 'string' && typeof other === 'string') add(unicode, other);
  }
  unicodeGlyphs.sparks.forEach((spark, index) => {
    add(spark, glyphs.sparks[index] ?? spark);
  });
  return [...pairs];
}
