// Job control for a session that holds the terminal: Ctrl-Z (a key, in raw
// mode) or SIGTSTP from outside pauses the session, hands the terminal back
// as the shell expects it, and stops the process; `fg` takes the terminal
// again, redraws, and carries on.

/** Gives the terminal back, waits while stopped, and takes it again. */
export type TerminalHandOver = (whileStopped: () => Promise<void>) => Promise<void>;

export interface JobControl {
  /** Step out to the shell now (Ctrl-Z). */
  suspend(): void;
  /** Whoever holds the terminal (the screen, the key listener) hands it over. */
  handOverWith(handOver: TerminalHandOver): () => void;
  dispose(): void;
}

export interface JobControlOptions {
  /** Pauses the session; says whether it was running. */
  pause(): boolean;
  resume(): void;
  /** Stops the process until it is continued (tests replace it). */
  stopUntilContinued?: () => Promise<void>;
}

export function createJobControl(options: JobControlOptions): JobControl {
  const stop = options.stopUntilContinued ?? stopUntilContinued;
  let handOver: TerminalHandOver = (whileStopped) => whileStopped();
  let busy = false;
  const suspend = () => {
    if (busy) return;
    busy = true;
    const wasRunning = options.pause();
    void handOver(stop)
      .catch(() => stop())
      .finally(() => {
        busy = false;
        if (wasRunning) options.resume();
      });
  };
  const supported = process.platform !== 'win32';
  if (supported) process.on('SIGTSTP', suspend);
  return {
    suspend: () => {
      if (supported) suspend();
    },
    handOverWith(next) {
      const previous = handOver;
      handOver = next;
      return () => {
        if (handOver === next) handOver = previous;
      };
    },
    dispose() {
      if (supported) process.off('SIGTSTP', suspend);
    },
  };
}

/** Stops this process (as Ctrl-Z would) and resolves once the shell continues it. */
export function stopUntilContinued(): Promise<void> {
  return new Promise((resolve) => {
    // A paused session holds no timer, and signal listeners do not keep Node
    // alive: without this, pmr would simply end when continued.
    const alive = setInterval(() => {}, 2 ** 30);
    process.once('SIGCONT', () => {
      clearInterval(alive);
      resolve();
    });
    // SIGSTOP cannot be caught, so nothing of pmr's own runs in between.
    process.kill(process.pid, 'SIGSTOP');
  });
}
