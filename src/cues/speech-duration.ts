// How long espeak-ng takes to say a line, as an upper bound: words at the
// given rate, plus a pause for each stop and comma, plus a margin. (A first
// model; it is calibrated against the real engine in speech-duration tests.)

const pauseMs: Record<string, number> = {
  ',': 250,
  ';': 350,
  ':': 350,
  '.': 450,
  '!': 450,
  '?': 450,
};

export function estimateSpeechMs(text: string, wordsPerMinute: number): number {
  const words = text.split(/\s+/).filter((word) => /\w/.test(word));
  if (words.length === 0) return 0;
  const syllables = words.reduce(
    (sum, word) => sum + Math.max(1, (word.match(/[aeiouy]+/gi) ?? []).length),
    0,
  );
  // espeak-ng's rate counts words of about 1.4 syllables.
  const speaking = (syllables / 1.4 / wordsPerMinute) * 60_000;
  // The last stop ends the line: no pause is heard after it.
  const inner = text.trim().replace(/[.!?,;:]+$/, '');
  const pauses = [...inner].reduce((sum, char) => sum + (pauseMs[char] ?? 0), 0);
  return Math.ceil(speaking * 1.2 + pauses + 100);
}
