import type { MuscleGroup } from './routine.js';

// The built-in muscle groups, from the feet upward. Cues are short enough to
// read at a glance and gentle enough to follow with the eyes closed; effort is
// always mild (about 4 out of 10), never a squeeze that hurts.

const groups: MuscleGroup[] = [
  {
    id: 'feet',
    label: 'Feet',
    tenseCue: 'Curl your toes softly downward.',
    releaseCue: 'Let your toes uncurl and your feet go heavy.',
  },
  {
    id: 'calves',
    label: 'Calves',
    tenseCue: 'Draw your toes gently up toward your shins.',
    releaseCue: 'Let your feet fall back and your calves soften.',
  },
  {
    id: 'thighs',
    label: 'Thighs',
    tenseCue: 'Firm the fronts of your thighs a little.',
    releaseCue: 'Let your legs grow loose and heavy.',
  },
  {
    id: 'hips',
    label: 'Hips',
    tenseCue: 'Press your knees lightly toward each other.',
    releaseCue: 'Let your hips open and settle.',
  },
  {
    id: 'glutes',
    label: 'Glutes',
    tenseCue: 'Squeeze your seat muscles lightly.',
    releaseCue: 'Let them melt into the surface below you.',
  },
  {
    id: 'abdomen',
    label: 'Abdomen',
    tenseCue: 'Draw your belly in a little, still breathing.',
    releaseCue: 'Let your belly rise and fall on its own.',
  },
  {
    id: 'lower-back',
    label: 'Lower back',
    tenseCue: 'Ease your lower back softly into its support.',
    releaseCue: 'Let your back rest and widen.',
  },
  {
    id: 'chest',
    label: 'Chest',
    tenseCue: 'Draw your shoulder blades gently together.',
    releaseCue: 'Let your chest soften as you breathe out.',
  },
  {
    id: 'hands',
    label: 'Hands and forearms',
    tenseCue: 'Close your hands into easy fists.',
    releaseCue: 'Open your hands and let the fingers rest.',
  },
  {
    id: 'upper-arms',
    label: 'Upper arms',
    tenseCue: 'Bend your elbows and firm your upper arms a little.',
    releaseCue: 'Let your arms drop and hang loose.',
  },
  {
    id: 'shoulders',
    label: 'Shoulders',
    tenseCue: 'Lift your shoulders gently toward your ears.',
    releaseCue: 'Let them drop, and drop a little more.',
  },
  {
    id: 'neck',
    label: 'Neck',
    tenseCue: 'Tuck your chin slightly toward your chest.',
    releaseCue: 'Let your head find a comfortable balance.',
  },
  {
    id: 'jaw',
    label: 'Jaw',
    tenseCue: 'Bring your back teeth lightly together.',
    releaseCue: 'Let your jaw hang loose, lips apart.',
  },
  {
    id: 'face',
    label: 'Face',
    tenseCue: 'Scrunch your forehead and eyes a little.',
    releaseCue: 'Smooth your brow and let your eyes rest.',
  },
];

export const catalog: Readonly<Record<string, MuscleGroup>> = Object.freeze(
  Object.fromEntries(groups.map((group) => [group.id, group])),
);

/** Group ids in the classic order, from the feet upward. */
export const catalogIds: readonly string[] = groups.map((group) => group.id);
