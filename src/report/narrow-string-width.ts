import stripAnsi from 'strip-ansi';

// string-width, answered without string-width for the text pmr's screen is
// made of. string-width compiles Unicode-property patterns (emoji, marks)
// and starts a grapheme segmenter as it loads, and its first measurement
// compiles them further: some 40–50 ms before the first frame. The build
// gives this module to every importer of string-width (Ink, wrap-ansi,
// widest-line, cli-truncate), and it loads the real one only for text
// beyond ASCII and the few symbols the screen draws with (block letters,
// bars, the pacer, arrows, dots), each of which string-width itself
// measures as one column (the tests hold this module to it).

interface Options {
  ambiguousIsNarrow?: boolean;
  countAnsiEscapeCodes?: boolean;
}
type StringWidth = (input: string, options?: Options) => number;

/** Text whose width is its length: printable ASCII, and the screen's symbols. */
const narrowText =
  /^[\u0020-\u007E\u00B7\u2013\u2014\u2022\u2026\u2190-\u2193\u2500-\u259F\u25A0\u25A1\u25B2\u25B8\u25BC\u25C2\u25CB\u25CF]*$/;

let realStringWidth: StringWidth | undefined;

function real(): StringWidth {
  realStringWidth ??= (require('string-width') as { default: StringWidth }).default;
  return realStringWidth;
}

export default function stringWidth(input: string, options: Options = {}): number {
  if (typeof input !== 'string' || input.length === 0) return 0;
  // Ambiguous-width symbols are narrow only when asked to be (the default).
  if (options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes) {
    const visible = input.includes('\u001B') || input.includes('\u009B') ? stripAnsi(input) : input;
    if (narrowText.test(visible)) return visible.length;
  }
  return real()(input, options);
}
