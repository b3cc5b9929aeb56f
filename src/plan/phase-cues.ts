// The words for phases that belong to no muscle group. Short enough to read at
// a glance, calm enough to hear with the eyes closed.

export const breathCues = {
  openIn: 'Breathe in slowly through your nose.',
  openOut: 'Breathe out, slower than you breathed in.',
  betweenIn: 'Breathe in gently.',
  betweenOut: 'And out, letting go a little more.',
} as const;

export const restCue = 'Stay with the quiet and notice the difference.';

export const scanCue = 'Travel from head to toes; notice what feels heavier, warmer, softer.';

export function closingCue(word: string): string {
  return `Breathe in, and as you breathe out, think "${word}".`;
}
