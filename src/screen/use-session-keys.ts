import { useInput } from 'ink';
import type { Session } from '../session/session.js';

interface SessionKeyOptions {
  session: Session;
  interactive: boolean;
  onInterrupt: () => void;
  onHelp: () => void;
  /** x: this hurts. */
  onPain: () => void;
  /** Waiting for y after a second x: any key answers. */
  confirming: boolean;
  onConfirm: (end: boolean) => void;
}

// The live screen's keys. Ctrl-C arrives as a key in raw mode: it ends the
// session the way the signal would.
export function useSessionKeys({
  session,
  interactive,
  onInterrupt,
  onHelp,
  onPain,
  confirming,
  onConfirm,
}: SessionKeyOptions) {
  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') onInterrupt();
      else if (confirming) onConfirm(input === 'y' || input === 'Y');
      else if (input === 'x' || input === 'X') onPain();
      else if (input === ' ' || input === 'p') session.togglePause();
      else if (key.rightArrow || input === 'n' || input === 'l') session.next();
      else if (key.leftArrow || input === 'b' || input === 'h') session.back();
      else if (input === 'q' || key.escape) session.stop('quit');
      else if (input === '?') onHelp();
    },
    { isActive: interactive },
  );
}
