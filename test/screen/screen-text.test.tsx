import { stripVTControlCharacters } from 'node:util';
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { phaseKinds } from '../../src/plan/phase.js';
import { asciiGlyphs } from '../../src/report/glyphs.js';
import { wrapText } from '../../src/report/wrap-text.js';
import { stopRulesText } from '../../src/safety/safety-words.js';
import { CheckInPrompt } from '../../src/screen/check-in-prompt.js';
import { GlyphsContext } from '../../src/screen/glyphs-context.js';
import { createSessionFeed } from '../../src/screen/session-feed.js';
import { SessionScreen } from '../../src/screen/session-screen.js';
import { StopRulesPanel } from '../../src/screen/stop-rules-panel.js';
import { systemClock } from '../../src/session/clock.js';
import { createSession } from '../../src/session/create-session.js';
import type { Session } from '../../src/session/session.js';
import { settled } from '../helpers/react-act.js';
import { buildPlan } from '../session/plan-builder.js';

// The live screen's text: ASCII glyphs where the locale is not UTF-8, titles
// measured in columns, and the stop rules wrapped between words.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Time passes a second at a time, so each second's frame is drawn (act() would batch them). */
const pass = async (ms: number) => {
  for (let left = ms; left > 0 || ms === 0; left -= 1000) {
    await settled(() => vi.advanceTimersByTimeAsync(Math.min(1000, Math.max(0, left))));
    if (ms === 0) break;
  }
};

/** The live screen for a session, fed by it as in a real run. */
function sessionScreen(session: Session, columns: number) {
  const feed = createSessionFeed();
  session.observe(feed.observer);
  return <SessionScreen session={session} feed={feed} interactive columns={columns} rows={60} />;
}
const visible = (frames: readonly string[]) =>
  frames.map((frame) => stripVTControlCharacters(frame));
const ascii = (glyphs: ReactElement) => (
  <GlyphsContext.Provider value={asciiGlyphs}>{glyphs}</GlyphsContext.Provider>
);

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
    const screen = render(ascii(sessionScreen(session, 60)));
    session.start();
    await pass(0);
    screen.stdin.write(' ');
    await pass(0);
    screen.stdin.write(' ');
    await pass(plan.phases.findIndex((phase) => phase.kind === 'tense') * 2000);
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
    expect(text).toContain('> NEXT >');
    expect(text).toContain('+ TENSE +');
    expect(text).toContain('|| PAUSED');
    expect(text).toMatch(/#+\.+/);
    expect(text).toContain('End here? y ends | any other key goes on');
    expect(text).toContain('+ Completed |');
    expect(text).toContain('-> next | <- back');
    const lines = text.split('\n');
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
    const screen = render(ascii(<StopRulesPanel label="Jaw" confirmEnd width={40} />));
    expect(stripVTControlCharacters(screen.lastFrame() ?? '')).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('the stop rules', () => {
  test('fill 40 columns, breaking only between words', () => {
    const screen = render(
      <Box width={40}>
        <StopRulesPanel label="Shoulders" confirmEnd={false} width={40} />
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
    const lines = wrapText(stopRulesText, 40);
    expect(lines.join(' ')).toBe(stopRulesText);
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
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
    const screen = render(sessionScreen(session, 40));
    session.start();
    await pass(0);
    const lines = stripVTControlCharacters(screen.lastFrame() ?? '').split('\n');
    expect(lines[0]?.trimEnd()).toBe(title);
    expect(lines[1]).toMatch(/step 1 of 1 · 0:05 left/);
  });
});
