import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { pmrBin, repoRoot, tempHome } from './run-pmr.js';

// Runs pmr in a real pseudo-terminal and reads the screen through a real
// terminal emulator, the way a person would see it.

export interface PtyOptions {
  cols?: number;
  rows?: number;
  home?: string;
  env?: Record<string, string | undefined>;
  /** Run `stty -a` after pmr exits, to check the terminal was restored. */
  thenStty?: boolean;
  /** Redirect pmr's stdin from this file instead of the terminal. */
  stdinFrom?: string;
  /** Feed pmr's stdin from this text through a pipe, as `printf … | pmr`. */
  stdinText?: string;
  /** Redirect pmr's stderr to this file. */
  stderrTo?: string;
  /** Write pmr's exit code to this file, even if the terminal is closed under it. */
  exitCodeTo?: string;
  /** The screen's look, as the theme preference in a home without preferences of its own. */
  theme?: 'normal' | 'dim';
}

export interface PtyRun {
  /** Everything the program wrote, escape codes included. */
  output(): string;
  /** The emulator's visible screen, one string per row, right-trimmed. */
  screen(): string[];
  screenText(): string;
  /** Visible rows that continue the row above: a line that was too wide and wrapped. */
  wrappedRows(): number;
  resize(cols: number, rows: number): void;
  write(data: string): void;
  signal(name: NodeJS.Signals): void;
  /** The terminal's device (/dev/pts/N), to read its settings from outside. */
  readonly device: string;
  /** Closes the terminal, as closing its window does: pmr gets a hang-up. */
  close(): void;
  /** Resolves once the condition holds for the output or the screen; rejects after timeoutMs. */
  waitFor(condition: (run: PtyRun) => boolean, timeoutMs?: number, what?: string): Promise<void>;
  waitForText(text: string, timeoutMs?: number): Promise<void>;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  pid: number;
  dispose(): void;
}

export function spawnPty(args: string[], options: PtyOptions = {}): PtyRun {
  const cols = options.cols ?? 80;
  const rows = options.rows ?? 24;
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Ink draws only the last frame when CI is set; a real terminal has no CI.
  delete env.CI;
  delete env.PMR_DEBUG;
  env.TERM = 'xterm-256color';
  // The locale picks Unicode or ASCII glyphs: UTF-8 unless a test says otherwise.
  delete env.LC_ALL;
  delete env.LC_CTYPE;
  env.LANG = 'C.UTF-8';
  env.PMR_HOME = options.home ?? tempHome();
  const preferences = join(env.PMR_HOME, 'config.json');
  if (options.theme && !existsSync(preferences)) {
    writeFileSync(preferences, `${JSON.stringify({ theme: options.theme })}\n`);
  }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const redirect =
    (options.stdinFrom ? ` <${shellQuote(options.stdinFrom)}` : '') +
    (options.stderrTo ? ` 2>${shellQuote(options.stderrTo)}` : '');
  const pipedIn =
    options.stdinText === undefined ? '' : `printf '%s' ${shellQuote(options.stdinText)} | `;
  const quoted = pipedIn + [process.execPath, pmrBin, ...args].map(shellQuote).join(' ') + redirect;
  // With stty afterwards the shell stays to report; its trap keeps a Ctrl-C
  // that lands before pmr's raw mode from ending the shell instead of pmr.
  // To report an exit code after a hang-up, the shell traps HUP (a handler,
  // which pmr does not inherit, unlike an ignored signal).
  const command = options.thenStty
    ? `trap : INT; ${quoted}; echo "EXIT=$?"; stty -a`
    : options.exitCodeTo
      ? `trap : HUP; ${quoted}; echo $? > ${shellQuote(options.exitCodeTo)}`
      : pipedIn
        ? quoted
        : `exec ${quoted}`;
  const child = pty.spawn('/bin/sh', ['-c', command], {
    cols,
    rows,
    cwd: repoRoot,
    env,
    // node-pty sets TERM from the name.
    name: env.TERM,
  });
  const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  let raw = '';
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const check of [...waiters]) check();
  };
  child.onData((data) => {
    raw += data;
    term.write(data, notify);
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    child.onExit((event) => {
      // Let the emulator finish parsing what arrived last.
      term.write('', () => {
        resolve(event);
        notify();
      });
    });
  });

  const run: PtyRun = {
    pid: child.pid,
    exited,
    output: () => raw,
    screen() {
      const buffer = term.buffer.active;
      const lines: string[] = [];
      for (let row = 0; row < term.rows; row++) {
        lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
      }
      return lines;
    },
    screenText: () => run.screen().join('\n'),
    wrappedRows() {
      const buffer = term.buffer.active;
      let wrapped = 0;
      for (let row = 0; row < term.rows; row++) {
        if (buffer.getLine(buffer.viewportY + row)?.isWrapped) wrapped++;
      }
      return wrapped;
    },
    resize(newCols, newRows) {
      child.resize(newCols, newRows);
      term.resize(newCols, newRows);
    },
    write: (data) => child.write(data),
    signal: (name) => process.kill(child.pid, name),
    device: (child as unknown as { ptsName: string }).ptsName,
    close: () => (child as unknown as { destroy(): void }).destroy(),
    waitFor(condition, timeoutMs = 10_000, what = 'the condition') {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition(run)) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${what}; screen was:\n${run.screenText()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    waitForText(text, timeoutMs) {
      return run.waitFor((current) => current.screenText().includes(text), timeoutMs, `"${text}"`);
    },
    dispose() {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
      term.dispose();
    },
  };
  return run;
}

/** Whether the cursor was left visible: the last show/hide sequence wins. */
export function cursorVisible(output: string): boolean {
  const hidden = output.lastIndexOf('\u001b[?25l');
  const shown = output.lastIndexOf('\u001b[?25h');
  return hidden === -1 || shown > hidden;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
