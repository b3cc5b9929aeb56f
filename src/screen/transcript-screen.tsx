import { Static, Text, useApp } from 'ink';
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../session/session.js';
import { useGlyphs } from './glyphs-context.js';
import type { SessionFeed } from './session-feed.js';
import { msUntilNextPrompt, shownCue } from './shown-cue.js';
import { endQuestion } from './stop-rules-panel.js';
import { eventLines, helpLines, phaseLine } from './transcript-lines.js';
import type { ScreenControls } from './use-screen-controls.js';

interface TranscriptScreenProps {
  session: Session;
  feed: SessionFeed;
  interactive: boolean;
  controls: ScreenControls;
  /** A check-in follows: the parting words wait for its answer. */
  partingLater?: boolean;
}

interface Line {
  id: number;
  text: string;
}

// The live screen when a screen reader is on (Ink's screen-reader mode):
// plain lines, appended as things happen and never redrawn, so the reader
// hears each once. No countdown or bar: a phase's length is in its line.
// A prompt that takes a cue's place is a line of its own when it comes.
export function TranscriptScreen({
  session,
  feed,
  interactive,
  controls,
  partingLater,
}: TranscriptScreenProps) {
  const glyphs = useGlyphs();
  const { exit } = useApp();
  const [lines, setLines] = useState<Line[]>([]);
  const [ended, setEnded] = useState(false);
  const add = useCallback((texts: readonly string[]) => {
    if (texts.length === 0) return;
    setLines((previous) => [
      ...previous,
      ...texts.map((text, offset) => ({ id: previous.length + offset, text })),
    ]);
  }, []);

  useEffect(() => {
    const context = { plan: session.plan, glyphs, interactive, partingLater };
    let timer: NodeJS.Timeout | undefined;
    let active = true;
    // One timer, for the next prompt of the phase, set again after every event.
    const awaitPrompt = () => {
      clearTimeout(timer);
      const state = session.state();
      if (!active || state.status !== 'running' || !state.phase) return;
      const wait = msUntilNextPrompt(state.phase, state.phaseElapsedMs);
      if (!Number.isFinite(wait)) return;
      const index = state.index;
      timer = setTimeout(() => {
        const now = session.state();
        if (active && now.index === index && now.phase) {
          add([shownCue(now.phase, now.phaseElapsedMs)]);
        }
        awaitPrompt();
      }, wait + 1);
    };
    const unsubscribe = feed.subscribe((event) => {
      add(eventLines(event, context));
      if (event.type === 'end') setEnded(true);
      awaitPrompt();
    });
    // A session that began before this effect ran starts with where it is.
    const state = session.state();
    if (state.status !== 'idle' && state.phase) add([phaseLine(state.phase, context)]);
    awaitPrompt();
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [session, feed, glyphs, interactive, partingLater, add]);

  useEffect(() => {
    if (controls.help) add(helpLines(glyphs));
  }, [controls.help, glyphs, add]);
  useEffect(() => {
    if (controls.confirming) add([endQuestion(glyphs.separator)]);
  }, [controls.confirming, glyphs, add]);
  // Leave once the summary's lines are out, one commit later: by then
  // <Static> has emptied itself, and Ink's last render on leaving (which
  // it does unthrottled, as in this mode) has no lines to write again.
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (ended) setLeaving(true);
  }, [ended]);
  useEffect(() => {
    if (leaving) exit();
  }, [leaving, exit]);

  return <Static items={lines}>{(line) => <Text key={line.id}>{line.text}</Text>}</Static>;
}
