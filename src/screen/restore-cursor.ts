import { writeSync } from 'node:fs';

// Stands in for the restore-cursor package inside the bundle (see
// scripts/build.mjs). Ink hides the cursor on stdout, and the package would
// show it again on exit by writing to stderr, which leaves an escape code in
// `pmr work 2>err.log`. This shows it where it was hidden, and only there.
let armed = false;

export default function restoreCursor(): void {
  if (armed) return;
  armed = true;
  process.once('exit', () => {
    if (!process.stdout.isTTY) return;
    try {
      writeSync(process.stdout.fd, '\u001b[?25h');
    } catch {
      // The terminal is already gone.
    }
  });
}
