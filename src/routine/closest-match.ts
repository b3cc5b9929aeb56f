import leven from 'leven';

/** A prefix this long or longer of exactly one candidate is taken as that candidate. */
const shortestPrefix = 3;

// "did you mean …?": the nearest candidate, if it is near enough to be a typo.
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  // A word cut short ("hist") means the one word it begins, however many
  // letters are missing, even when a shorter word is fewer edits away ("list").
  if (needle.length >= shortestPrefix) {
    const extended = candidates.filter((candidate) => candidate.toLowerCase().startsWith(needle));
    if (extended.length === 1) return extended[0];
  }
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = leven(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  // Two edits catch a swapped pair of letters ("wrok"); very short words get one.
  const longest = Math.max(needle.length, best.length);
  const allowed = longest <= 3 ? 1 : Math.max(2, Math.floor(longest / 3));
  return bestDistance <= allowed ? best : undefined;
}

export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match === undefined ? '' : ` — did you mean "${match}"?`;
}
