import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useState } from 'react';
import { type CheckInAnswer, checkInAnswer } from './check-in-rating.js';
import { useGlyphs } from './glyphs-context.js';
import { partingWords } from './parting-words.js';

export interface CheckInPromptProps {
  moment: 'before' | 'after';
  /** The rating before the session, to show the change after it. */
  before?: number;
  /** After a session: whether it ran to its end; the parting words follow the answer. */
  completed?: boolean;
  onAnswer: (answer: CheckInAnswer) => void;
}

// Asks how tense the person feels, 0–10, with a single key; what they chose
// stays on screen as one quiet line.
export function CheckInPrompt({ moment, before, completed, onAnswer }: CheckInPromptProps) {
  const { exit } = useApp();
  const glyphs = useGlyphs();
  const scale = `0${glyphs.rangeDash}10`;
  const [answer, setAnswer] = useState<CheckInAnswer>();
  useInput(
    (input, key) => {
      const chosen = checkInAnswer(input, key);
      if (chosen === undefined) return;
      setAnswer(chosen);
      onAnswer(chosen);
    },
    { isActive: answer === undefined },
  );
  // Leave once the answer line has been drawn.
  useEffect(() => {
    if (answer !== undefined) exit();
  }, [answer, exit]);
  if (answer !== undefined) {
    const parting =
      moment === 'after' && completed !== undefined
        ? partingWords({
            completed,
            before,
            after: typeof answer === 'number' ? answer : undefined,
          })
        : undefined;
    return (
      <Box flexDirection="column">
        <Text dimColor>
          {typeof answer === 'number'
            ? `Tension ${moment}: ${answer} out of 10${change(answer, before)}`
            : answer === 'quit' && moment === 'before'
              ? 'Not now. Come back whenever you like.'
              : `Check-in ${moment} skipped`}
        </Text>
        {parting ? <Text>{parting}</Text> : null}
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Text bold>
        {moment === 'before'
          ? `How tense do you feel right now? ${scale}`
          : `And now, how tense do you feel? ${scale}`}
      </Text>
      <Text dimColor>
        {[
          `0${glyphs.rangeDash}9`,
          't for 10',
          moment === 'before' ? 'Enter or s to skip' : 'Enter, s or q to skip',
          ...(moment === 'before' ? ['q to leave'] : []),
        ].join(` ${glyphs.separator} `)}
      </Text>
    </Box>
  );
}

function change(after: number, before: number | undefined): string {
  if (before === undefined) return '';
  if (after < before) return ` (down ${before - after})`;
  if (after > before) return ` (up ${after - before})`;
  return ' (the same)';
}
