import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countSpeech, estimateSpeechMs } from '../../src/cues/speech-duration.js';
import { speechRates } from '../../src/plan/plan-session.js';
import { espeakAvailable, finishSpeech, measureSpeechMs } from '../helpers/espeak.js';
import { speechCorpus, spokenPlans } from '../helpers/speech-corpus.js';

// The speech estimate is an upper bound: pmr plans each spoken line to end
// inside its phase on the strength of it. Held here against the real
// espeak-ng, at the rates pmr speaks at, for every line pmr says (every
// group, every mode, every built-in routine) and for unusual text a
// routine's author may write. Under CI espeak-ng must be there (.ci/run
// installs it).
//
// Each line costs an espeak-ng process of its own (25–60 ms of a core here),
// so the rest of the calibration corpus (the cues alone and the few hundred
// written sentences) is spoken by `npm run speech:measure`, not here: at both
// rates it would add 20–40 s to npm test whenever the duration cache is cold,
// as it always is in CI.

const anyText = fc.string({ unit: 'grapheme', maxLength: 80 });
const anyRate = fc.integer({ min: 80, max: 450 });

describe('estimateSpeechMs', () => {
  test('empty or blank text says nothing', () => {
    expect(estimateSpeechMs('', 150)).toBe(0);
    expect(estimateSpeechMs('  \t', 125)).toBe(0);
  });

  test('whole milliseconds, and more than nothing for any word', () => {
    fc.assert(
      fc.property(anyText, anyRate, (text, rate) => {
        const ms = estimateSpeechMs(text, rate);
        expect(Number.isInteger(ms)).toBe(true);
        expect(ms).toBeGreaterThanOrEqual(0);
        if (text.trim() !== '') expect(ms).toBeGreaterThan(0);
      }),
    );
  });

  test('never shorter for more words', () => {
    fc.assert(
      fc.property(anyText, anyText, anyRate, (text, more, rate) => {
        expect(estimateSpeechMs(`${text} ${more}`, rate)).toBeGreaterThanOrEqual(
          estimateSpeechMs(text, rate),
        );
      }),
      // "Ⅰ" is of the Latin script but a number, not a letter.
      { examples: [['@', 'Ⅰ', 80]] },
    );
    expect(estimateSpeechMs('Breathe in slowly.', 150)).toBeGreaterThan(
      estimateSpeechMs('Breathe in.', 150),
    );
  });

  test('a slower rate takes longer', () => {
    fc.assert(
      fc.property(anyText, anyRate, anyRate, (text, a, b) => {
        const [slow, fast] = a < b ? [a, b] : [b, a];
        expect(estimateSpeechMs(text, slow)).toBeGreaterThanOrEqual(estimateSpeechMs(text, fast));
      }),
    );
    expect(estimateSpeechMs('Breathe in.', 125)).toBeGreaterThan(
      estimateSpeechMs('Breathe in.', 150),
    );
  });

  test('a pause inside the line adds time; the mark that ends it does not', () => {
    const plain = estimateSpeechMs('Breathe in gently', 150);
    expect(estimateSpeechMs('Breathe in gently.', 150)).toBe(plain);
    expect(estimateSpeechMs('Breathe in gently?', 150)).toBe(plain);
    expect(estimateSpeechMs('Breathe in gently...', 150)).toBe(plain);
    expect(estimateSpeechMs('Breathe in gently, ', 150)).toBe(plain);
    const comma = estimateSpeechMs('Breathe in, gently', 150);
    const ellipsis = estimateSpeechMs('Breathe in... gently', 150);
    const stop = estimateSpeechMs('Breathe in. Gently', 150);
    expect(comma).toBeGreaterThan(plain);
    expect(ellipsis).toBeGreaterThan(plain);
    expect(estimateSpeechMs('Breathe in; gently', 150)).toBe(ellipsis);
    expect(estimateSpeechMs('Breathe in? Gently', 150)).toBe(stop);
    expect(stop).toBeGreaterThan(ellipsis);
    expect(estimateSpeechMs('Think "soften".', 150)).toBeGreaterThan(
      estimateSpeechMs('Think soften.', 150),
    );
  });

  test('what espeak-ng spells or reads by name costs more than its letters', () => {
    expect(countSpeech('PMR helps').spelledLetters).toBe(3);
    expect(estimateSpeechMs('PMR', 150)).toBeGreaterThan(estimateSpeechMs('pie', 150));
    expect(countSpeech('Count to 4, then 100.')).toMatchObject({
      shortNumberDigits: 1,
      longNumberDigits: 3,
    });
    expect(estimateSpeechMs('777', 150)).toBeGreaterThan(estimateSpeechMs('77', 150));
    expect(countSpeech('Rest 🌙 → ease')).toMatchObject({ symbols: 2, words: 2 });
    expect(countSpeech('Привет, rest')).toMatchObject({ otherLetters: 6, latinLetters: 4 });
    expect(countSpeech('Step Ⅳ')).toMatchObject({ latinLetters: 4, otherLetters: 0, symbols: 1 });
  });

  test('a rate that is not a positive number is a mistake in the caller', () => {
    for (const rate of [0, -150, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => estimateSpeechMs('Rest.', rate)).toThrow(RangeError);
    }
  });
});

/** The rates pmr has espeak-ng speak at: normal, and slow for --slow and bedtime. */
const pmrRates = [speechRates.normal, speechRates.slow];

const inCi = !['', '0', 'false'].includes(process.env.CI ?? '');
const available = espeakAvailable();

if (!available && inCi) {
  test('espeak-ng is installed, so speech is proven to fit', () => {
    expect.fail('espeak-ng is missing; .ci/run installs it (apt-get install -y espeak-ng)');
  });
} else if (!available) {
  test.skip('against the real espeak-ng: not installed here (apt install espeak-ng runs it)', () => {});
}

describe.runIf(available)('against the real espeak-ng', () => {
  const { spoken, unusual } = speechCorpus();
  const parts = { 'the lines pmr says': spoken, 'unusual lines': unusual };
  const measured = new Map<string, number>();
  const key = (text: string, rate: number) => `${rate} ${text}`;

  beforeAll(async () => {
    // Every line at every rate at once, so espeak-ng runs on every core.
    const lines = [...spoken, ...unusual];
    await Promise.all(
      pmrRates.flatMap((rate) =>
        lines.map(async (text) => measured.set(key(text, rate), await measureSpeechMs(text, rate))),
      ),
    );
  }, 180_000);

  afterAll(() => finishSpeech());

  test('pmr speaks at 150 and 125 words per minute', () => {
    expect(pmrRates).toEqual([150, 125]);
  });

  for (const rate of pmrRates) {
    for (const [part, lines] of Object.entries(parts)) {
      test(`${rate} wpm: ${part} end within their estimates`, () => {
        expect(lines.length).toBeGreaterThan(30);
        const cut = lines.flatMap((text) => {
          const ms = measured.get(key(text, rate)) ?? Number.NaN;
          const estimate = estimateSpeechMs(text, rate);
          return ms <= estimate
            ? []
            : [`"${text}": ${Math.round(ms)} ms, estimated ${estimate} ms`];
        });
        expect(cut).toEqual([]);
      });
    }
  }

  test('every built-in routine, in every variant: each line said before the next begins and before its phase ends, and a tension is a real hold', () => {
    const plans = spokenPlans();
    expect(plans.length).toBeGreaterThanOrEqual(30);
    const problems: string[] = [];
    for (const { name, variant, plan } of plans) {
      expect(pmrRates).toContain(plan.speech_wpm);
      for (const phase of plan.phases) {
        const where = `${name} (${variant}) phase ${phase.index + 1} ${phase.kind}`;
        for (const lines of [phase.speech, phase.imagined?.speech ?? []]) {
          lines.forEach((line, index) => {
            const ms = measured.get(key(line.text, plan.speech_wpm)) ?? Number.NaN;
            const ends = line.at_ms + ms;
            const limit = lines[index + 1]?.at_ms ?? phase.duration_ms;
            if (!(ends <= limit)) {
              problems.push(
                `${where}: "${line.text}" ends at ${Math.round(ends)} ms, past ${limit} ms`,
              );
            }
            if (phase.kind === 'tense' && !(ends <= phase.duration_ms - 1000)) {
              problems.push(`${where}: "${line.text}" leaves less than a second of silent hold`);
            }
          });
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
