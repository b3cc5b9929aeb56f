import { render } from 'ink';
import { type Glyphs, unicodeGlyphs } from '../report/glyphs.js';
import { CheckInPrompt } from './check-in-prompt.js';
import type { CheckInAnswer } from './check-in-rating.js';
import { GlyphsContext } from './glyphs-context.js';

// One check-in question on its own small Ink screen; resolves with the key.
export async function askCheckIn(
  moment: 'before' | 'after',
  io: { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream; glyphs?: Glyphs },
  before?: number,
): Promise<CheckInAnswer> {
  let answer: CheckInAnswer = 'skip';
  const instance = render(
    <GlyphsContext.Provider value={io.glyphs ?? unicodeGlyphs}>
      <CheckInPrompt
        moment={moment}
        before={before}
        onAnswer={(chosen) => {
          answer = chosen;
        }}
      />
    </GlyphsContext.Provider>,
    {
      stdout: io.stdout,
      stdin: io.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
      interactive: Boolean(io.stdout.isTTY),
    },
  );
  await instance.waitUntilExit();
  return answer;
}
