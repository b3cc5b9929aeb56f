import { render } from 'ink-testing-library';
import { describe, expect, test } from 'vitest';
import { CheckInPrompt } from '../../src/screen/check-in-prompt.js';
import type { CheckInAnswer } from '../../src/screen/check-in-rating.js';
import { settled } from '../helpers/react-act.js';

// The check-in: one key, and the answer left on screen as one quiet line.

async function answer(keys: string[], moment: 'before' | 'after' = 'before', before?: number) {
  const answers: CheckInAnswer[] = [];
  const screen = await settled(() =>
    render(<CheckInPrompt moment={moment} before={before} onAnswer={(a) => answers.push(a)} />),
  );
  const asked = screen.lastFrame() ?? '';
  for (const key of keys) await settled(() => screen.stdin.write(key));
  const frames = screen.frames.filter((frame) => frame.trim() !== '');
  return { answers, asked, last: frames.at(-1) ?? '' };
}

describe('check-in prompt', () => {
  test('asks the question with the keys it takes', async () => {
    const { asked } = await answer([]);
    expect(asked).toContain('How tense do you feel right now? 0–10');
    expect(asked).toContain('t for 10');
    expect(asked).toContain('Enter or s to skip · q to leave');
  });

  test('a digit is the rating, and stays on screen', async () => {
    const { answers, last } = await answer(['6']);
    expect(answers).toEqual([6]);
    expect(last).toBe('Tension before: 6 out of 10');
  });

  test('t is ten; other keys are ignored until a real answer', async () => {
    const { answers } = await answer(['x', '?', 't', '3']);
    expect(answers).toEqual([10]);
  });

  test('Enter and s skip', async () => {
    expect((await answer(['\r'])).answers).toEqual(['skip']);
    const { answers, last } = await answer(['s']);
    expect(answers).toEqual(['skip']);
    expect(last).toBe('Check-in before skipped');
  });

  test('Ctrl-C is passed on as an interruption', async () => {
    expect((await answer(['\u0003'])).answers).toEqual(['interrupt']);
  });

  // Esc too (a lone escape is told from a sequence by time; the real-terminal test has it).
  test('q leaves kindly before a session, and skips after one', async () => {
    const before = await answer(['q']);
    expect(before.answers).toEqual(['quit']);
    expect(before.last).toBe('Not now. Come back whenever you like.');
    const after = await answer(['q'], 'after', 5);
    expect(after.last).toBe('Check-in after skipped');
  });

  test('after the session it asks again and shows the change', async () => {
    const { asked, last } = await answer(['3'], 'after', 7);
    expect(asked).toContain('And now, how tense do you feel?');
    expect(last).toBe('Tension after: 3 out of 10 (down 4)');
    expect((await answer(['7'], 'after', 7)).last).toContain('(the same)');
  });
});
