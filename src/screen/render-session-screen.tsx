import { render } from 'ink';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';
import type { Session } from '../session/session.js';
import { GlyphsContext } from './glyphs-context.js';
import { SessionScreen } from './session-screen.js';

export interface ScreenOptions {
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  /** Whether keys can be read (stdin is a terminal). */
  interactive: boolean;
  /** Ctrl-C pressed in raw mode. */
  onInterrupt?: () => void;
  /** The terminal's glyph set (Unicode when not given). */
  glyphs?: Glyphs;
}

// Draws the live screen for a whole session and resolves once the summary is
// on screen and Ink has handed the terminal back (cursor shown, raw mode off).
export async function renderSessionScreen(session: Session, options: ScreenOptions): Promise<void> {
  const instance = render(
    <GlyphsContext.Provider value={options.glyphs ?? unicodeGlyphs}>
      <SessionScreen
        session={session}
        interactive={options.interactive}
        onInterrupt={options.onInterrupt}
      />
    </GlyphsContext.Provider>,
    {
      stdout: options.stdout,
      stdin: options.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
      // Rewrite only the lines that changed: the countdown, the bar.
      incrementalRendering: true,
      // Draw live whenever the output is a terminal, even if CI is set.
      interactive: Boolean(options.stdout.isTTY),
    },
  );
  session.start();
  await session.done;
  await instance.waitUntilExit();
}
