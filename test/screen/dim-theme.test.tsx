import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { unicodeGlyphs } from '../../src/report/glyphs.js';
import { bigRows } from '../../src/screen/block-font.js';
import { chromeFadeMs } from '../../src/screen/use-fading-chrome.js';
import { findRows, showScreen } from '../helpers/screen-harness.js';
import { buildPlan } from '../session/plan-builder.js';

// The dim look, for the evening: soft colours, nothing drawn as a bright
// block, bars in shade, and the clock and keys fading a few seconds after
// the last key. Colour is forced on so the escape codes can be read.

vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});
afterAll(() => {
  delete process.env.FORCE_COLOR;
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const inverse = '\u001b[7m';
const bold = '\u001b[1m';
const faint = '\u001b[2m';
const plan = () =>
  buildPlan([
    { kind: 'release', ms: 30_000 },
    { kind: 'breathe-in', ms: 4000 },
  ]);

describe('the normal look', () => {
  test('the banner is a block of colour and the bar is solid', async () => {
    const { rawFrame, frame, pass } = await showScreen(plan());
    await pass(5000);
    expect(rawFrame()).toContain(inverse);
    expect(rawFrame()).toContain(bold);
    expect(frame()).toMatch(/\d+s █+░+/);
  });

  test('the clock and the keys never fade', async () => {
    const { frame, pass } = await showScreen(plan());
    await pass(chromeFadeMs + 1000);
    expect(frame()).toContain('left');
    expect(frame()).toContain('space pause');
  });
});

describe('the dim look', () => {
  test('no block of colour, nothing bold, everything faint, the bar in shade', async () => {
    const { rawFrame, frame, lines, pass } = await showScreen(plan(), { theme: 'dim' });
    await pass(5000);
    expect(rawFrame()).not.toContain(inverse);
    expect(rawFrame()).not.toContain(bold);
    expect(rawFrame()).toContain(faint);
    expect(frame()).toMatch(/\d+s ▒+░+/);
    // The only full blocks are the big word's own strokes.
    const word = findRows(lines(), bigRows('RELEASE', unicodeGlyphs.letterCells));
    expect(word).toHaveLength(3);
    const blocks = lines().flatMap((line, row) => (line.includes('█') ? [row] : []));
    expect(blocks.every((row) => word.includes(row))).toBe(true);
  });

  test('the pacer is drawn in shade too', async () => {
    const { frame, pass } = await showScreen(buildPlan([{ kind: 'breathe-in', ms: 4000 }]), {
      theme: 'dim',
    });
    await pass(2000);
    expect(frame()).toMatch(/\d+s ░+▒+░+/);
  });

  test('the clock and the keys fade after a few seconds, their rows kept', async () => {
    const { frame, lines, pass } = await showScreen(plan(), { theme: 'dim' });
    await pass(0);
    expect(frame()).toContain('left');
    expect(frame()).toContain('space pause');
    const height = lines().length;
    await pass(chromeFadeMs - 100);
    expect(frame()).toContain('space pause');
    await pass(200);
    expect(frame()).not.toContain('left');
    expect(frame()).not.toContain('space pause');
    expect(frame()).toContain('RELEASE');
    expect(lines()).toHaveLength(height);
  });

  test('any key brings them back, for the same few seconds', async () => {
    const { frame, press, pass } = await showScreen(plan(), { theme: 'dim' });
    await pass(chromeFadeMs + 100);
    expect(frame()).not.toContain('space pause');
    // A key that does nothing else still wakes them.
    await press('z');
    await pass(0);
    expect(frame()).toContain('space pause');
    expect(frame()).toContain('left');
    await pass(chromeFadeMs - 100);
    await press('z');
    await pass(chromeFadeMs - 100);
    expect(frame()).toContain('space pause');
    await pass(200);
    expect(frame()).not.toContain('space pause');
  });

  test('while paused they stay, so the key to go on is in view', async () => {
    const { frame, press, pass } = await showScreen(plan(), { theme: 'dim' });
    await press(' ');
    await pass(chromeFadeMs + 1000);
    expect(frame()).toContain('space resume');
    await press(' ');
    await pass(chromeFadeMs + 100);
    expect(frame()).not.toContain('space pause');
  });

  test('without keys to bring them back, they never fade', async () => {
    const { frame, pass } = await showScreen(plan(), { theme: 'dim', interactive: false });
    await pass(chromeFadeMs + 1000);
    expect(frame()).toContain('left');
    expect(frame()).toContain('keys off');
  });
});
