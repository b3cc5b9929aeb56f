import { stripVTControlCharacters } from 'node:util';
import { render } from 'ink-testing-library';
import { vi } from 'vitest';
import type { Plan } from '../../src/plan/phase.js';
import { type Glyphs, unicodeGlyphs } from '../../src/report/glyphs.js';
import { GlyphsContext } from '../../src/screen/glyphs-context.js';
import { createSessionFeed } from '../../src/screen/session-feed.js';
import { SessionScreen } from '../../src/screen/session-screen.js';
import { ThemeContext } from '../../src/screen/theme-context.js';
import { systemClock } from '../../src/session/clock.js';
import { createSession } from '../../src/session/create-session.js';
import type { ScreenTheme } from '../../src/settings/screen-theme.js';
import { settled } from './react-act.js';

// The live screen through ink-testing-library, fed by a real session. Vitest's
// fake timers (the caller's beforeEach) stand in for the engine's clock and
// the screen's timers, so seconds pass in no time.

export interface ScreenOptions {
  columns?: number;
  /** The terminal's height; tall enough for everything unless a test says otherwise. */
  rows?: number;
  theme?: ScreenTheme;
  glyphs?: Glyphs;
  interactive?: boolean;
}

export async function showScreen(plan: Plan, options: ScreenOptions = {}) {
  const session = createSession(plan, { clock: systemClock });
  const feed = createSessionFeed();
  session.observe(feed.observer);
  const screen = await settled(() =>
    render(
      <GlyphsContext.Provider value={options.glyphs ?? unicodeGlyphs}>
        <ThemeContext.Provider value={options.theme ?? 'normal'}>
          <SessionScreen
            session={session}
            feed={feed}
            interactive={options.interactive ?? true}
            columns={options.columns ?? 80}
            rows={options.rows ?? 60}
          />
        </ThemeContext.Provider>
      </GlyphsContext.Provider>,
    ),
  );
  await settled(() => session.start());
  // Ink's last writes on exit are empty; the last frame with text is what stays on screen.
  const rawFrame = () => screen.frames.findLast((written) => written.trim() !== '') ?? '';
  const frame = () => stripVTControlCharacters(rawFrame());
  // Lines for a screen reader end with a newline; a frame does not.
  const lines = () => frame().replace(/\n$/, '').split('\n');
  const pass = (ms: number) => settled(() => vi.advanceTimersByTimeAsync(ms));
  const press = (key: string) => settled(() => screen.stdin.write(key));
  return { session, screen, frame, rawFrame, lines, pass, press };
}

/** The rows of a frame that draw a text in big letters, in order, or [] when they are not all there. */
export function findRows(lines: readonly string[], rows: readonly string[]): number[] {
  const trimmed = lines.map((line) => line.trimEnd());
  const first = trimmed.indexOf(rows[0] ?? '');
  if (first === -1) return [];
  const found = rows.map((row, offset) => (trimmed[first + offset] === row ? first + offset : -1));
  return found.includes(-1) ? [] : found;
}
