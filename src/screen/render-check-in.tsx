import { render } from 'ink';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';
import { CheckInPrompt } from './check-in-prompt.js';
import type { CheckInAnswer } from './check-in-rating.js';
import { GlyphsContext } from './glyphs-context.js';

export interface CheckInIo {
  stdout: NodeJS.WriteStream;
  /** The terminal the answer is typed on. */
  keys: NodeJS.ReadStream;
  /** Aborted when pmr must leave (a signal, the terminal closing): no answer then. */
  signal?: AbortSignal;
  /** The terminal's glyph set (Unicode when not given). */
  glyphs?: Glyphs;
}

/** The answer, or 'aborted' when pmr had to leave before one came. */
export type CheckInResult = CheckInAnswer | 'aborted';

// One check-in question on its own small Ink screen; resolves with the key.
export async function askCheckIn(
  moment: 'before' | 'after',
  io: CheckInIo,
  before?: number,
  /** After a session: whether it ran to its end, for the parting words. */
  completed?: boolean,
): Promise<CheckInResult> {
  if (io.signal?.aborted) return 'aborted';
  let answer: CheckInResult = 'skip';
  const instance = render(
    <GlyphsContext.Provider value={io.glyphs ?? unicodeGlyphs}>
      <CheckInPrompt
        moment={moment}
        before={before}
        completed={completed}
        onAnswer={(chosen) => {
          answer = chosen;
        }}
      />
    </GlyphsContext.Provider>,
    {
      stdout: io.stdout,
      stdin: io.keys,
      exitOnCtrlC: false,
      patchConsole: false,
      interactive: Boolean(io.stdout.isTTY),
    },
  );
  const abort = () => {
    answer = 'aborted';
    instance.unmount();
  };
  io.signal?.addEventListener('abort', abort, { once: true });
  try {
    await instance.waitUntilExit();
  } finally {
    io.signal?.removeEventListener('abort', abort);
  }
  return answer;
}
