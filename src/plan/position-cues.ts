import type { Position } from '../routine/routine.js';

// The opening setup: a supported position the back can rest in.
const cues: Record<Position, string> = {
  sitting: 'Sit back, feet flat, a cushion or rolled towel at your lower back.',
  lying: 'Lie on your back with a pillow under your knees to ease your back.',
  reclined: 'Recline with your lower back supported and a pillow under your knees.',
  side: 'Lie on your side, a pillow between your knees, your head supported.',
};

export function positionCue(position: Position): string {
  return cues[position];
}
