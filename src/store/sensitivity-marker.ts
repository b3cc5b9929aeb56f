import type { SessionObserver } from '../session/session-observer.js';

// Remembers a group that hurt (x in a session), so the next session keeps it
// gentler: one mark a group a session, however many times x is pressed (a
// second press only asks whether to end). The marks are written as they
// happen; the session's end waits for them, so none is lost.
export function createSensitivityMarker(
  mark: (group: string) => Promise<void>,
  warn: (line: string) => void,
): SessionObserver {
  const writes: Array<Promise<void>> = [];
  const marked = new Set<string>();
  return {
    name: 'the pain marks',
    onPain({ group }) {
      if (!group || marked.has(group)) return;
      marked.add(group);
      writes.push(
        mark(group).catch((error: Error) => {
          warn(`pmr: could not remember that ${group} hurt (${error.message}).`);
        }),
      );
    },
    async onEnd() {
      await Promise.all(writes);
    },
  };
}
