import { render } from 'ink';
import { CheckInPrompt } from './check-in-prompt.js';
import type { CheckInAnswer } from './check-in-rating.js';

// One check-in question on its own small Ink screen; resolves with the key.
export async function askCheckIn(
  moment: 'before' | 'after',
  io: { stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream },
  before?: number,
): Promise<CheckInAnswer> {
  let answer: CheckInAnswer = 'skip';
  const instance = render(
    <CheckInPrompt
      moment={moment}
      before={before}
      onAnswer={(chosen) => {
        answer = chosen;
      }}
    />,
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
