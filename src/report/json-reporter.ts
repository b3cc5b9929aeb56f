import { phaseToJson } from '../plan/phase-json.js';
import type { SessionEvent } from '../session/session-event.js';
import { everyEvent, type SessionObserver } from '../session/session-observer.js';
import { jsonText } from './json-text.js';

// JSON Lines on stdout and nothing else: one object per event. Phase objects
// carry the same fields as `pmr show --json`, plus when they began.
export function toJsonRecord(event: SessionEvent): Record<string, unknown> {
  if (event.type === 'phase') {
    return { type: 'phase', ...phaseToJson(event.phase), at_ms: roundMs(event.at_ms) };
  }
  return { ...event, at_ms: roundMs(event.at_ms) };
}

function roundMs(ms: number): number {
  return Math.round(ms);
}

export function createJsonReporter(write: (text: string) => void): SessionObserver {
  return everyEvent('the JSON output', (event) => {
    write(`${jsonText(toJsonRecord(event))}\n`);
  });
}
