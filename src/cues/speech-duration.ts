// How long espeak-ng takes to say a line, bounded from above, so the planner
// can prove before a session starts that every spoken line ends inside its
// phase. Pure and quick: a handful of regular expressions per line.
//
// The model, measured on espeak-ng 1.51 run as pmr runs it (`-z`: no pause
// after the last sentence), from its WAV output:
//
//   ms = ceil((483 + Σ count × weight) × 150 / wpm)
//
// The counts are letters and words; letters spelled out ("PMR", "Zzz");
// digits (one- and two-digit numbers are short, longer ones bring "hundred",
// "thousand"); letters of other scripts and symbols or emoji (read by name);
// and the pauses inside the line: full stops, question and exclamation marks;
// semicolons, colons, ellipses and dashes; commas and brackets; quotes.
// Vowel groups, syllables or kinds of letter predict no better than letters
// and words. The mark that ends a line changes nothing, so only marks inside
// count. Rate: durations scale with 150 / wpm (exponents from 0.9 to 1.2 were
// tried from 100 to 200 wpm; 1 fits best).
//
// The weights are the smallest (by the sum of estimate/measured) that keep
// every line of the corpus at least 5 % above its measured duration, at 100,
// 125, 150, 175 and 200 wpm (a linear programme), rounded up. The corpus is
// every line pmr says in every built-in routine and variant, every cue alone,
// 314 sentences written in the same style and 34 unusual lines
// (test/helpers/speech-corpus.ts): 576 lines. Estimate/measured over 2,880
// lines: worst 1.05, median 1.24 (pmr's own lines: worst 1.06, median 1.20);
// the unusual lines are the loosest (median 1.30; a Cyrillic or Han letter is
// taken as the slowest script's). Fitted on half the English lines, the other
// half stays above its measurement (worst 1.003): the 5 % is that margin.
//
// `npm run speech:measure` speaks the corpus again and prints these figures;
// --json writes the counts and durations to fit the weights anew.

/** What in a line takes time to say; counted by countSpeech. */
export interface SpeechCounts {
  /** Words: runs of letters and digits, with apostrophes inside ("don't"). */
  words: number;
  /** Letters of the Latin script, accented or not. */
  latinLetters: number;
  /** Latin letters of words with no vowel ("PMR", "Zzz"), which espeak-ng spells out. */
  spelledLetters: number;
  /** Digits in numbers of one or two digits ("4", "10"). */
  shortNumberDigits: number;
  /** Digits in numbers of three or more ("100", "2024"): "hundred", "thousand" and the like. */
  longNumberDigits: number;
  /** Letters of other scripts (Cyrillic, Han, Arabic…), often read by another voice or spelled. */
  otherLetters: number;
  /** Symbols and emoji, each read out by name ("plus", "smiling face"). */
  symbols: number;
  /** Full stops, question and exclamation marks inside the line (not its last). */
  sentenceBreaks: number;
  /** Semicolons, colons, ellipses and dashes inside the line. */
  clauseBreaks: number;
  /** Commas and brackets inside the line. */
  commas: number;
  /** Double quotation marks, anywhere: espeak-ng pauses around a quotation. */
  quotes: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
const vowelPattern = /[aeiouy]/i;
const markPattern = /\p{M}/gu;
/** Letters of the Latin script ("Ⅰ" is Latin too, but a number). */
const latinLetter = /(?=\p{L})\p{Script=Latin}/gu;
const closingMark = /[\s\p{P}]/u;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The line without the spaces and marks that end it: espeak-ng's pause there is the same whatever they are. */
function withoutEnding(text: string): string {
  const characters = [...text];
  let end = characters.length;
  while (end > 0 && closingMark.test(characters[end - 1] ?? '')) end -= 1;
  return characters.slice(0, end).join('');
}

/** Counts what drives how long a line takes to say. */
export function countSpeech(text: string): SpeechCounts {
  const words = text.match(wordPattern) ?? [];
  let spelledLetters = 0;
  for (const word of words) {
    const plain = word.normalize('NFD').replace(markPattern, '');
    const letters = count(plain, latinLetter);
    if (letters > 0 && !vowelPattern.test(plain)) spelledLetters += letters;
  }
  let shortNumberDigits = 0;
  let longNumberDigits = 0;
  for (const digits of text.match(/\p{Nd}+/gu) ?? []) {
    const length = [...digits].length;
    if (length <= 2) shortNumberDigits += length;
    else longNumberDigits += length;
  }
  const latinLetters = count(text, latinLetter);
  // Pauses inside the line only: the pause at its end is in the base.
  const inside = withoutEnding(text).replace(/\.{3}/g, '…');
  return {
    words: words.length,
    latinLetters,
    spelledLetters,
    shortNumberDigits,
    longNumberDigits,
    otherLetters: count(text, /\p{L}/gu) - latinLetters,
    symbols: count(text, /[\p{S}\p{No}\p{Nl}]/gu),
    sentenceBreaks: count(inside, /[.!?]+(?=[\p{Pf}\p{Pe}"']*\s)/gu),
    clauseBreaks: count(inside, /[;:…\u2013\u2014]|\s-+\s/gu),
    commas: count(inside, /[,()]/g),
    quotes: count(text, /["“”]/g),
  };
}

/** Milliseconds each counted thing adds at 150 words per minute. */
const weightsAt150: Readonly<SpeechCounts> = {
  words: 95,
  latinLetters: 52,
  spelledLetters: 106,
  shortNumberDigits: 271,
  longNumberDigits: 753,
  otherLetters: 793,
  symbols: 1246,
  sentenceBreaks: 615,
  clauseBreaks: 368,
  commas: 384,
  quotes: 98,
};

/** Milliseconds of any line at 150 words per minute: starting and ending a voice. */
const baseAt150 = 483;

/** How durations grow as the rate falls (fitted from 100 to 200 words per minute). */
const rateExponent = 1;

/**
 * The words pmr says alone with a second or less to say them in: those of a
 * counted breath, one a second, and the word that starts a tension as short
 * as a second. Measured alone at 100 to 200 wpm, scaled to 150, the longest
 * taken and 10 % added. The model's base is set by the slowest short lines
 * ("Zzz", "0") and would give these nearly twice their length.
 */
const shortWordsAt150: ReadonlyMap<string, number> = new Map([
  ['Now.', 521],
  ['In.', 344],
  ['Out.', 379],
  ['2', 451],
  ['3', 441],
  ['4', 517],
  ['5', 576],
  ['6', 530],
  ['7', 588],
  ['8', 364],
  ['9', 573],
  ['10', 443],
  ['11', 619],
  ['12', 620],
]);

/**
 * An upper bound on how long espeak-ng takes to say text at a rate, in whole
 * milliseconds. Empty text says nothing: 0.
 */
export function estimateSpeechMs(text: string, wordsPerMinute: number): number {
  if (!(Number.isFinite(wordsPerMinute) && wordsPerMinute > 0)) {
    throw new RangeError(
      `a speech rate is a positive number of words per minute, not ${wordsPerMinute}`,
    );
  }
  if (text.trim() === '') return 0;
  let at150 = shortWordsAt150.get(text.trim());
  if (at150 === undefined) {
    const counts = countSpeech(text);
    at150 = baseAt150;
    for (const key of Object.keys(weightsAt150) as Array<keyof SpeechCounts>) {
      at150 += counts[key] * weightsAt150[key];
    }
  }
  return Math.ceil(at150 * (150 / wordsPerMinute) ** rateExponent);
}
