import { stripVTControlCharacters } from 'node:util';
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { phaseKinds } from '../../src/plan/phase.js';
import { asciiGlyphs } from '../../src/report/glyphs.js';
import { wrapText } from '../../src/report/wrap-text.js';
import { stopRules, stopRulesText } from '../../src/safety/safety-words.js';
import { CheckInPrompt } from '../../src/screen/check-in-prompt.js';
import { GlyphsContext } from '../../src/screen/glyphs-context.js';
import { SessionScreen } from '../../src/screen/session-screen.js';
import { StopRulesPanel } from '../../src/screen/stop-rules-panel.js';
import { systemClock } from '../../src/session/clock.js';
import { createSession } from '../../src/session/create-session.js';
import { buildPlan } from '../session/plan-builder.js';

// The live screen's text: ASCII glyphs where the locale is not UTF-8, titles
// measured in columns, and the stop rules wrapped between words.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const pass = (ms: number) => vi.advanceTimersByTimeAsync(ms);
const visible = (frames: readonly string[]) =>
  frames.map((frame) => stripVTControlCharacters(frame));
const ascii = (glyphs: ReactElement) => (
  <GlyphsContext.Provider value={asciiGlyphs}>{glyphs}</GlyphsContext.Provider>
);
// The key legend is being rewritten to take its glyphs from the same set.
const notLegend = (line: string) => !/x hurts|keys off/.test(line);

describe('ASCII glyphs', () => {
  test('every phase, a pause, the stop rules and the summary show only ASCII', async () => {
    const plan = buildPlan(
      phaseKinds.map((kind) => ({
        kind,
        ms: 2000,
        group: 'jaw',
        step: kind === 'tense' ? 0 : null,
      })),
    );
    const session = createSession(plan, { clock: systemClock });
    const screen = render(ascii(<SessionScreen session={session} interactive columns={60} />));
    session.start();
    await pass(0);
    screen.stdin.write(' ');
    await pass(0);
    screen.stdin.write(' ');
    await pass(6000);
    expect(stripVTControlCharacters(screen.lastFrame() ?? '')).toContain('TENSE');
    screen.stdin.write('x');
    await pass(0);
    screen.stdin.write('x');
    await pass(0);
    screen.stdin.write('n');
    await pass(plan.total_ms);
    const frames = visible(screen.frames);
    const text = frames.join('\n');
    expect(text).toContain('o SETTLE o');
    expect(text).toContain('+ TENSE +');
    expect(text).toContain('|| PAUSED');
    expect(text).toMatch(/#+\.+/);
    expect(text).toContain('End here? y ends | any other key goes on');
    expect(text).toContain('+ Completed |');
    const lines = text.split('\n').filter(notLegend);
    expect(lines.filter((line) => /[^\x20-\x7e]/.test(line))).toEqual([]);
  });

  test('the check-in question and its keys', () => {
    const screen = render(ascii(<CheckInPrompt moment="before" onAnswer={() => {}} />));
    const frame = stripVTControlCharacters(screen.lastFrame() ?? '');
    expect(frame).toContain('0-10');
    expect(frame).toContain('0-9 | t for 10 | Enter or s to skip');
    expect(frame).toMatch(/^[\x20-\x7e\n]*$/);
  });

  test('the question to end after a second x', () => {
    const screen = render(ascii(<StopRulesPanel label="Jaw" confirmEnd />));
    expect(stripVTControlCharacters(screen.lastFrame() ?? '')).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('the stop rules', () => {
  test('fill 40 columns, breaking only between words', () => {
    const screen = render(
      <Box width={40}>
        <StopRulesPanel label="Shoulders" confirmEnd={false} />
      </Box>,
    );
    const [label, ...rules] = stripVTControlCharacters(screen.lastFrame() ?? '')
      .split('\n')
      .map((line) => line.trimEnd());
    expect(label).toBe('Shoulders: imagine it only, from now on.');
    expect(rules.join(' ')).toBe(stopRulesText);
    rules.forEach((line, index) => {
      expect(stringWidth(line)).toBeLessThanOrEqual(40);
      // Each line holds as many words as fit: none is left short and ragged.
      const next = rules[index + 1]?.split(' ')[0];
      if (next) expect(stringWidth(`${line} ${next}`)).toBeGreaterThan(40);
    });
  });

  test('printed before a session, they fit 40 columns too', () => {
    expect(stopRules.join(' ')).toBe(stopRulesText);
    for (const line of stopRules) expect(stringWidth(line)).toBeLessThanOrEqual(40);
    expect(wrapText(stopRulesText, 72)).toHaveLength(2);
  });
});

describe('the header', () => {
  test('a wide title that does not fit beside the status goes on its own line, whole', async () => {
    const title = '深呼吸のリセット 🧘';
    // By UTF-16 length (11) the title and status would share one 40-column line.
    const plan = { ...buildPlan([{ kind: 'tense', ms: 5000, group: 'jaw', step: 0 }]) };
    plan.routine = { ...plan.routine, title };
    const session = createSession(plan, { clock: systemClock });
    const screen = render(<SessionScreen session={session} interactive columns={40} />);
    session.start();
    await pass(0);
    const lines = stripVTControlCharacters(screen.lastFrame() ?? '').split('\n');
    expect(lines[0]?.trimEnd()).toBe(title);
    expect(lines[1]).toMatch(/step 1 of 1 · 0:05 left/);
  });
});
