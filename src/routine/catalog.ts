import type { MuscleGroup } from './routine.js';

// The built-in muscle groups, from the feet upward. Cues are short enough to
// read at a glance and gentle enough to follow with the eyes closed; effort is
// always mild (about 4 out of 10), never a squeeze that hurts. Each group also
// has a micro cue (a barely-there contraction, about 2 out of 10) and an
// imagery cue (no movement at all), for a sensitive back.

const groups: MuscleGroup[] = [
  {
    id: 'feet',
    label: 'Feet',
    tenseCue: 'Curl your toes softly downward, or upward if your feet tend to cramp.',
    releaseCue: 'Let your toes uncurl and your feet go heavy.',
    microCue: 'Curl your toes a touch, hardly more than a thought.',
    imageryCue: 'Without moving, picture your toes curling, then letting go.',
  },
  {
    id: 'calves',
    label: 'Calves',
    tenseCue: 'Draw your toes gently up toward your shins.',
    releaseCue: 'Let your feet fall back and your calves soften.',
    microCue: 'Lift your toes a few millimetres, barely at all.',
    imageryCue: 'Stay still and imagine your calves firming, then softening.',
  },
  {
    id: 'thighs',
    label: 'Thighs',
    tenseCue: 'Firm the fronts of your thighs a little.',
    releaseCue: 'Let your legs grow loose and heavy.',
    microCue: 'Wake the fronts of your thighs ever so slightly.',
    imageryCue: 'Keep your legs still; picture your thighs tightening a little, then melting.',
  },
  {
    id: 'hips',
    label: 'Hips',
    tenseCue: 'Press your knees lightly toward each other.',
    releaseCue: 'Let your hips open and settle.',
    microCue: 'Let your knees lean toward each other, only just.',
    imageryCue: 'Without moving, imagine your hips drawing in, then opening.',
  },
  {
    id: 'glutes',
    label: 'Glutes',
    tenseCue: 'Squeeze your seat muscles lightly.',
    releaseCue: 'Let them melt into the surface below you.',
    microCue: 'Give your seat muscles the faintest squeeze.',
    imageryCue: 'Stay still and picture your seat muscles firming, then spreading out.',
  },
  {
    id: 'abdomen',
    label: 'Abdomen',
    tenseCue: 'Draw your belly in a little, still breathing.',
    releaseCue: 'Let your belly rise and fall on its own.',
    microCue: 'Draw your belly in the smallest amount, breathing on.',
    imageryCue: 'Breathe easily and imagine your belly firming, then softening.',
  },
  {
    id: 'lower-back',
    label: 'Lower back',
    tenseCue: 'Ease your lower back softly into its support.',
    releaseCue: 'Let your back rest and widen.',
    microCue: 'Let your lower back touch its support a shade more.',
    imageryCue: 'Keep your back still; picture it easing into the support and widening.',
  },
  {
    id: 'chest',
    label: 'Chest',
    tenseCue: 'Draw your shoulder blades gently together.',
    releaseCue: 'Let your chest soften as you breathe out.',
    microCue: 'Hint at drawing your shoulder blades together.',
    imageryCue: 'Without moving, imagine your chest opening, then settling.',
  },
  {
    id: 'hands',
    label: 'Hands and forearms',
    tenseCue: 'Close your hands into easy fists.',
    releaseCue: 'Open your hands and let the fingers rest.',
    microCue: 'Curl your fingers slightly, as if holding a feather.',
    imageryCue: 'Keep your hands still; picture them closing softly, then opening.',
  },
  {
    id: 'upper-arms',
    label: 'Upper arms',
    tenseCue: 'Bend your elbows and firm your upper arms a little.',
    releaseCue: 'Let your arms drop and hang loose.',
    microCue: 'Firm your upper arms just enough to notice.',
    imageryCue: 'Stay still and imagine your upper arms firming, then hanging loose.',
  },
  {
    id: 'shoulders',
    label: 'Shoulders',
    tenseCue: 'Lift your shoulders gently toward your ears.',
    releaseCue: 'Let them drop, and drop a little more.',
    microCue: "Raise your shoulders a hair's breadth.",
    imageryCue: 'Keep your shoulders still; picture them rising a little, then dropping.',
  },
  {
    id: 'neck',
    label: 'Neck',
    tenseCue: 'Tuck your chin slightly toward your chest.',
    releaseCue: 'Let your head find a comfortable balance.',
    microCue: 'Nod your chin down by the smallest amount.',
    imageryCue: 'Without moving, imagine the back of your neck lengthening and easing.',
  },
  {
    id: 'jaw',
    label: 'Jaw',
    tenseCue: 'Bring your back teeth lightly together.',
    releaseCue: 'Let your jaw hang loose, lips apart.',
    microCue: 'Let your back teeth just meet.',
    imageryCue: 'Keep still and picture your jaw firming, then hanging loose.',
  },
  {
    id: 'face',
    label: 'Face',
    tenseCue: 'Scrunch your forehead and eyes a little.',
    releaseCue: 'Smooth your brow and let your eyes rest.',
    microCue: 'Narrow your eyes the slightest bit.',
    imageryCue: 'Without moving, imagine your face tightening a little, then smoothing out.',
  },
];

export const catalog: Readonly<Record<string, MuscleGroup>> = Object.freeze(
  Object.fromEntries(groups.map((group) => [group.id, group])),
);

/**
 * The group with this id in a table of groups (the catalog, or a routine's).
 * Only the table's own entries count: "constructor" or "__proto__" are not groups.
 */
export function findGroup(
  groups: Readonly<Record<string, MuscleGroup>>,
  id: string,
): MuscleGroup | undefined {
  return Object.hasOwn(groups, id) ? groups[id] : undefined;
}

/** Group ids in the classic order, from the feet upward. */
export const catalogIds: readonly string[] = groups.map((group) => group.id);

/** Cues for a group a routine defines without micro or imagery cues of its own. */
export function microCueFor(label: string): string {
  return `${label}: engage it only just, enough to notice.`;
}

export function imageryCueFor(label: string): string {
  return `${label}: stay still and imagine it firming, then letting go.`;
}
