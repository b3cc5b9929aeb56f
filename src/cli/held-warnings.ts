// Warnings that can be held back while the live screen is drawn (a line
// written beside it would tear the frame) and written, in order, once it is done.

export interface HeldWarnings {
  warn(line: string): void;
  hold(): void;
  /** Writes what waited, and stops holding. */
  release(): void;
}

export function holdableWarnings(write: (line: string) => void): HeldWarnings {
  let holding = false;
  const waiting: string[] = [];
  return {
    warn(line) {
      if (holding) waiting.push(line);
      else write(line);
    },
    hold() {
      holding = true;
    },
    release() {
      holding = false;
      for (const line of waiting.splice(0)) write(line);
    },
  };
}
