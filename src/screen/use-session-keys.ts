import { useInput } from 'ink';
import type { Session } from '../session/session.js';

interface SessionKeyOptions {
  session: Session;
  interactive: boolean;
  onInterrupt: () => void;
  onHelp: () => void;
}

// The live screen's keys. Ctrl-C arrives as a key in raw mode: it ends the
// session the way the signal would.
export function useSessionKeys({ session, interactive, onInterrupt, onHelp }: SessionKeyOptions) {
  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') onInterrupt();
      else if (input === ' ' || input === 'p') session.togglePause();
      else if (key.rightArrow || input === 'n' || input === 'l') session.next();
      else if (key.leftArrow || input === 'b' || input === 'h') session.back();
      else if (input === 'q' || key.escape) session.stop('quit');
      else if (input === '?') onHelp();
    },
    { isActive: interactive },
  );
}
