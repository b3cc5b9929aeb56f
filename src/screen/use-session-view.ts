import { useEffect, useState } from 'react';
import type { EndEvent, Session } from '../session/session.js';
import { msUntilVisibleChange, type SessionView, sameView, sessionView } from './session-view.js';

// Follows the session: at once on every event, and otherwise by one timer set
// for the next moment a visible value changes. Idle CPU stays near zero.
export function useSessionView(session: Session, bar: number): SessionView {
  const [view, setView] = useState(() => sessionView(session.state(), bar, undefined));

  useEffect(() => {
    let timer: NodeJS.Timeout | undefined;
    let end: EndEvent | undefined;
    let active = true;
    const update = () => {
      if (!active) return;
      clearTimeout(timer);
      const state = session.state();
      const next = sessionView(state, bar, end);
      setView((previous) => (sameView(previous, next) ? previous : next));
      const wait = msUntilVisibleChange(state, bar);
      if (Number.isFinite(wait)) timer = setTimeout(update, wait + 1);
    };
    // The end event itself carries the summary, so the last frame of the
    // session is never drawn without it.
    const unsubscribe = session.subscribe((event) => {
      if (event.type === 'end') end = event;
      update();
    });
    // A session that ended before this effect ran is caught here.
    void session.done.then((event) => {
      end = event;
      update();
    });
    update();
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [session, bar]);

  return view;
}
