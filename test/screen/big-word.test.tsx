import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { planSession } from '../../src/plan/plan-session.js';
import { asciiGlyphs, unicodeGlyphs } from '../../src/report/glyphs.js';
import { routineFromGroups } from '../../src/routine/inline-routine.js';
import { bigRows } from '../../src/screen/block-font.js';
import { findRows, showScreen } from '../helpers/screen-harness.js';
import { buildPlan } from '../session/plan-builder.js';

// The phase word in big letters on the live screen, its plain line below,
// and a frame that always fits the terminal, big word or not.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const big = (text: string) => bigRows(text, unicodeGlyphs.letterCells);
const breaths = buildPlan([
  { kind: 'breathe-in', ms: 4000 },
  { kind: 'breathe-out', ms: 6000 },
]);

describe('the big word', () => {
  test('each phase shows its word in big letters above its plain line', async () => {
    const { lines, pass } = await showScreen(
      buildPlan([
        { kind: 'setup', ms: 2000 },
        { kind: 'tense', ms: 2000 },
        { kind: 'release', ms: 2000 },
      ]),
    );
    for (const [word, symbol] of [
      ['SETTLE', '○'],
      ['TENSE', '▲'],
      ['RELEASE', '▼'],
    ]) {
      const rows = findRows(lines(), big(word ?? ''));
      expect(rows, word).toHaveLength(3);
      // The plain word and its symbol follow at once, for readers and copies.
      expect(lines()[(rows.at(-1) ?? 0) + 1]).toContain(`${symbol} ${word} ${symbol}`);
      await pass(2000);
    }
  });

  test('at 80 columns BREATHE OUT is one line; at 40 it is wrapped, a word a line', async () => {
    const wide = await showScreen(breaths, { columns: 80 });
    await wide.pass(4000);
    expect(findRows(wide.lines(), big('BREATHE OUT'))).toHaveLength(3);
    const narrow = await showScreen(breaths, { columns: 40 });
    await narrow.pass(4000);
    const breathe = findRows(narrow.lines(), big('BREATHE'));
    const out = findRows(narrow.lines(), big('OUT'));
    expect(breathe).toHaveLength(3);
    expect(out[0]).toBe((breathe.at(-1) ?? 0) + 1);
    for (const line of narrow.lines()) expect([...line].length).toBeLessThanOrEqual(40);
  });

  test('in ASCII the letters are made of #, five rows tall', async () => {
    const { lines } = await showScreen(buildPlan([{ kind: 'tense', ms: 2000 }]), {
      glyphs: asciiGlyphs,
    });
    expect(findRows(lines(), bigRows('TENSE', asciiGlyphs.letterCells))).toHaveLength(5);
    expect(lines().join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('a terminal too short for it gets the plain line alone, and the frame still fits', async () => {
    const plan = planSession(routineFromGroups('shoulders,hands'), {});
    const tall = await showScreen(plan, { columns: 40, rows: 24 });
    expect(findRows(tall.lines(), big('SETTLE'))).toHaveLength(3);
    const short = await showScreen(plan, { columns: 40, rows: 16 });
    expect(findRows(short.lines(), big('SETTLE'))).toEqual([]);
    expect(short.frame()).toContain('○ SETTLE ○');
    expect(short.lines().length).toBeLessThanOrEqual(15);
  });

  test('at 40×24 every phase of a session fits the terminal, a row to spare', async () => {
    // 40 columns is the tightest: the header takes two rows, cues wrap more,
    // and a two-word phase takes two lines of big letters.
    const plan = planSession(
      { ...routineFromGroups('shoulders,lower-back'), between: 'breath' },
      {},
    );
    const { lines, press, pass } = await showScreen(plan, { columns: 40, rows: 24 });
    let bigShown = 0;
    const helped = new Set<string>();
    for (const phase of plan.phases) {
      expect(lines().length, phase.kind).toBeLessThanOrEqual(23);
      if (lines().some((line) => line.includes('▀'))) bigShown++;
      if (!helped.has(phase.kind)) {
        helped.add(phase.kind);
        // The help is long: here the big word gives way to it.
        await press('?');
        expect(lines().some((line) => line.includes('▀'))).toBe(false);
        await press('?');
      }
      await press('\u001b[C');
      await pass(50);
    }
    // The big word is the rule, not the exception.
    expect(bigShown).toBeGreaterThan(plan.phases.length / 2);
  });

  test('at 80×24 the help fits beside the big word', async () => {
    const { lines, press } = await showScreen(
      planSession(routineFromGroups('shoulders'), { breaths: 0 }),
      { columns: 80, rows: 24 },
    );
    await press('\u001b[C');
    await press('\u001b[C');
    await press('?');
    expect(findRows(lines(), big('TENSE'))).toHaveLength(3);
    expect(lines().join('\n')).toContain('stop, with a short summary');
    expect(lines().length).toBeLessThanOrEqual(23);
  });
});
