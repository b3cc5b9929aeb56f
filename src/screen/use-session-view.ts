import { useEffect, useState } from 'react';
import type { Session } from '../session/session.js';
import type { InPlaceWriter } from './in-place-writer.js';
import type { SessionFeed } from './session-feed.js';
import {
  msUntilVisibleChange,
  type SessionView,
  sameFrame,
  sameView,
  sessionView,
} from './session-view.js';

// Follows the session: at once on every event from the feed, and otherwise by
// one timer set for the next moment a visible value changes. When the frame
// on screen can be updated in place, a change in the values that tick only
// rewrites their cells; React renders only when the frame itself changes.
// Idle CPU stays near zero.
export function useSessionView(
  session: Session,
  feed: SessionFeed,
  bar: number,
  inPlace?: InPlaceWriter,
): SessionView {
  const [view, setView] = useState(() => sessionView(session.state(), bar, feed.end()));

  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    let active = true;
    let current: SessionView | undefined;
    const update = () => {
      if (!active) return;
      clearTimeout(timer);
      const state = session.state();
      // The end event itself carries the summary, so the last frame of the
      // session is never drawn without it.
      const next = sessionView(state, bar, feed.end());
      const same = inPlace?.active() ? sameFrame : sameView;
      if (current !== undefined && same(current, next)) {
        inPlace?.refresh();
      } else {
        current = next;
        setView((previous) => (sameView(previous, next) ? previous : next));
      }
      const wait = msUntilVisibleChange(state, bar);
      if (Number.isFinite(wait)) timer = setTimeout(update, wait + 1);
    };
    const unsubscribe = feed.subscribe(update);
    // Anything that happened before this effect ran is caught here.
    update();
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [session, feed, bar, inPlace]);

  // A frame drawn for any reason (a key, a resize) shows the values of now,
  // not those of the last render the timer asked for.
  return inPlace ? sessionView(session.state(), bar, feed.end()) : view;
}
