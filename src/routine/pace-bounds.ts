// Limits for every timed value, shared by the file schema and the command-line
// flags. They come from the guide (tense about 5 s, release 10–20 s) and the
// clinical protocol (tense 5–7 s, release 30–40 s), with room either side.

export interface Bounds {
  min: number;
  max: number;
}

export const paceBounds = {
  tense: { min: 1, max: 10 },
  release: { min: 5, max: 60 },
  inhale: { min: 2, max: 10 },
  exhale: { min: 2, max: 15 },
  rest: { min: 0, max: 60 },
} as const satisfies Record<string, Bounds>;

export const breathsBounds = { min: 0, max: 10 } as const satisfies Bounds;
export const repeatBounds = { min: 1, max: 3 } as const satisfies Bounds;
export const minutesBounds = { min: 1, max: 90 } as const satisfies Bounds;

export const defaultPace = {
  tense: 5,
  release: 15,
  inhale: 4,
  exhale: 6,
  rest: 5,
} as const;
