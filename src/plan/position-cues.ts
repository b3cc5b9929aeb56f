import type { Position } from '../routine/routine.js';

// The opening setup: a supported position the back can rest in.
const cues: Record<Position, string> = {
  sitting: 'Sit back with your feet flat and your lower back supported.',
  lying: 'Lie on your back; a pillow under your knees can ease your back.',
  reclined: 'Lean back with a cushion behind your lower back.',
  side: 'Lie on your side, a pillow between your knees, head supported.',
};

export function positionCue(position: Position): string {
  return cues[position];
}
