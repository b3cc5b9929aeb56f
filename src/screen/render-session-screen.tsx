import { render } from 'ink';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';
import type { Session } from '../session/session.js';
import type { SessionObserver } from '../session/session-observer.js';
import type { ScreenTheme } from '../settings/screen-theme.js';
import type { JobControl } from '../terminal/job-control.js';
import { GlyphsContext } from './glyphs-context.js';
import { InPlaceContext } from './in-place-context.js';
import { createInPlaceWriter } from './in-place-writer.js';
import { createSessionFeed } from './session-feed.js';
import { SessionScreen } from './session-screen.js';
import { ThemeContext } from './theme-context.js';

export interface ScreenOptions {
  stdout: NodeJS.WriteStream;
  /** Where keys are read from: the terminal, even when stdin is a pipe. */
  keys: NodeJS.ReadStream | undefined;
  /** Ctrl-C pressed in raw mode. */
  onInterrupt?: () => void;
  jobControl?: JobControl;
  /** A check-in follows: the parting words wait for its answer. */
  partingLater?: boolean;
  /** The terminal's glyph set (Unicode when not given). */
  glyphs?: Glyphs;
  /** The look: normal, or dim for the evening (normal when not given). */
  theme?: ScreenTheme;
  /** Plain lines for a screen reader instead of a frame; INK_SCREEN_READER=true when not given. */
  screenReader?: boolean;
}

// The live screen as an observer of the session: drawn at once, fed every
// event, and ended once the summary is on screen and Ink has handed the
// terminal back (cursor shown, raw mode off). If Ink fails, the next event
// says so, and the dispatcher lets the session go on without the screen.
export function createScreen(session: Session, options: ScreenOptions): SessionObserver {
  const feed = createSessionFeed();
  const screenReader = options.screenReader ?? process.env.INK_SCREEN_READER === 'true';
  // On a terminal, the cells that tick are rewritten in place between frames.
  const inPlace =
    options.stdout.isTTY && !screenReader ? createInPlaceWriter(options.stdout) : undefined;
  const screen = (
    <InPlaceContext.Provider value={inPlace}>
      <GlyphsContext.Provider value={options.glyphs ?? unicodeGlyphs}>
        <ThemeContext.Provider value={options.theme ?? 'normal'}>
          <SessionScreen
            session={session}
            feed={feed}
            interactive={options.keys !== undefined}
            onInterrupt={options.onInterrupt}
            jobControl={options.jobControl}
            partingLater={options.partingLater}
          />
        </ThemeContext.Provider>
      </GlyphsContext.Provider>
    </InPlaceContext.Provider>
  );
  const instance = render(screen, {
    stdout: options.stdout,
    // Ink needs some stdin; with no keys it never reads it.
    stdin: options.keys ?? process.stdin,
    exitOnCtrlC: false,
    patchConsole: false,
    // Ink draws a frame only when more than the ticking cells change. Each
    // frame is drawn whole, over whatever was written in place before it;
    // without in-place cells, only the lines that changed are rewritten.
    incrementalRendering: inPlace === undefined,
    onRender: inPlace ? () => inPlace.frameDrawn() : undefined,
    // Draw live whenever the output is a terminal, even if CI is set.
    interactive: Boolean(options.stdout.isTTY),
    isScreenReaderEnabled: screenReader,
  });
  // Lines for a screen reader are written once and stay; only a frame is redrawn.
  const stopRedrawing = screenReader
    ? () => {}
    : redrawWhenNarrower(options.stdout, () => {
        instance.clear();
        instance.rerender(screen);
      });
  let failure: unknown;
  const exited = instance
    .waitUntilExit()
    .then(
      () => undefined,
      (error: unknown) => {
        failure = error;
      },
    )
    .finally(stopRedrawing);
  const follow =
    <T,>(hook: ((event: T) => void) | undefined) =>
    (event: T) => {
      if (failure !== undefined) throw failure;
      hook?.(event);
    };
  const { observer } = feed;
  return {
    name: 'the screen',
    onStart: follow(observer.onStart),
    onPhase: follow(observer.onPhase),
    onPause: follow(observer.onPause),
    onResume: follow(observer.onResume),
    onSkip: follow(observer.onSkip),
    onBack: follow(observer.onBack),
    onPain: follow(observer.onPain),
    async onEnd(event) {
      void observer.onEnd?.(event);
      await exited;
      if (failure !== undefined) throw failure;
    },
    detach: () => instance.unmount(),
  };
}

/**
 * When the window gets narrower, the terminal re-wraps the frame already on
 * screen into more rows than Ink knows of, so Ink's own redraw leaves rows of
 * the old frame behind. Once Ink and the layout have caught up with the new
 * width, the visible screen is cleared (scrollback is kept) and the frame is
 * drawn again, alone, from the top.
 */
function redrawWhenNarrower(stdout: NodeJS.WriteStream, redraw: () => void): () => void {
  if (!stdout.isTTY) return () => {};
  let columns = stdout.columns;
  let pending: NodeJS.Immediate | undefined;
  const onResize = () => {
    const narrower = stdout.columns < columns;
    columns = stdout.columns;
    if (!narrower) return;
    clearImmediate(pending);
    pending = setImmediate(() => {
      stdout.write('\u001b[H\u001b[2J');
      redraw();
    });
  };
  stdout.on('resize', onResize);
  return () => {
    clearImmediate(pending);
    stdout.off('resize', onResize);
  };
}
