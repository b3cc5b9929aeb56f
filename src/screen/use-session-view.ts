import { useEffect, useState } from 'react';
import type { Session } from '../session/session.js';
import type { SessionFeed } from './session-feed.js';
import { msUntilVisibleChange, type SessionView, sameView, sessionView } from './session-view.js';

// Follows the session: at once on every event from the feed, and otherwise by
// one timer set for the next moment a visible value changes. Idle CPU stays
// near zero.
export function useSessionView(session: Session, feed: SessionFeed, bar: number): SessionView {
  const [view, setView] = useState(() => sessionView(session.state(), bar, feed.end()));

  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    let active = true;
    const update = () => {
      if (!active) return;
      clearTimeout(timer);
      const state = session.state();
      // The end event itself carries the summary, so the last frame of the
      // session is never drawn without it.
      const next = sessionView(state, bar, feed.end());
      setView((previous) => (sameView(previous, next) ? previous : next));
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
  }, [session, feed, bar]);

  return view;
}
