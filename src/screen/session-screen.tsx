import { useIsScreenReaderEnabled } from 'ink';
import { useSyncExternalStore } from 'react';
import type { Session } from '../session/session.js';
import type { JobControl } from '../terminal/job-control.js';
import { LiveFrame } from './live-frame.js';
import type { SessionFeed } from './session-feed.js';
import { TranscriptScreen } from './transcript-screen.js';
import { useScreenControls } from './use-screen-controls.js';

export interface SessionScreenProps {
  session: Session;
  /** The session's events, as an observer sees them. */
  feed: SessionFeed;
  /** Whether keys can be read. */
  interactive: boolean;
  /** Ctrl-C in raw mode: end the session as the signal would. */
  onInterrupt?: () => void;
  /** Ctrl-Z and SIGTSTP: the screen hands the terminal over while stopped. */
  jobControl?: JobControl;
  /** A check-in follows the session: its answer decides the parting words. */
  partingLater?: boolean;
  /** Overrides the terminal's width and height (tests). */
  columns?: number;
  rows?: number;
}

// The live screen: the keys and what they leave on screen, drawn as one
// frame, or, with a screen reader (Ink's screen-reader mode), as plain
// lines one after another.
export function SessionScreen({
  session,
  feed,
  interactive,
  onInterrupt,
  jobControl,
  partingLater,
  columns,
  rows,
}: SessionScreenProps) {
  const screenReader = useIsScreenReaderEnabled();
  const ended = useSyncExternalStore(feed.subscribe, () => feed.end() !== undefined);
  const controls = useScreenControls({
    session,
    interactive: interactive && !ended,
    onInterrupt,
    jobControl,
  });
  return screenReader ? (
    <TranscriptScreen
      session={session}
      feed={feed}
      interactive={interactive}
      controls={controls}
      partingLater={partingLater}
    />
  ) : (
    <LiveFrame
      session={session}
      feed={feed}
      interactive={interactive}
      controls={controls}
      partingLater={partingLater}
      columns={columns}
      rows={rows}
    />
  );
}
