import type { SessionState } from '../session/session.js';
import type { SessionObserver } from '../session/session-observer.js';
import { createBell } from './bell.js';
import { findSpeech, noSpeechAdvice } from './find-speech.js';
import { createSpeaker } from './speaker.js';
import { createVoice } from './voice.js';

// Sound for eyes-closed practice: the bell, or spoken cues with the bell as
// the fallback when there is no speech or it stops working. One observer,
// which hands each event to whichever of the two is sounding.

export type Sound = 'off' | 'bell' | 'voice';

export interface CueOptions {
  sound: Sound;
  /** The rate the plan's lines are timed for, in words per minute. */
  wordsPerMinute: number;
  /** The voice.command preference. */
  voiceCommand?: string;
  /** Where the bell rings: a terminal, or nowhere. */
  bellStream: NodeJS.WritableStream | undefined;
  platform: NodeJS.Platform;
  path: string | undefined;
  warn: (line: string) => void;
  /** The session's state now, to know how far into its phase it is. */
  state: () => SessionState;
}

export function createSound(options: CueOptions): SessionObserver | undefined {
  if (options.sound === 'off') return undefined;
  const bell = () =>
    createBell(() => {
      options.bellStream?.write('\u0007');
    });
  let sounding: SessionObserver = options.sound === 'bell' ? bell() : startVoice();

  function startVoice(): SessionObserver {
    const speech = findSpeech({
      platform: options.platform,
      path: options.path,
      configured: options.voiceCommand,
      wordsPerMinute: options.wordsPerMinute,
    });
    if (!speech) {
      options.warn(
        options.voiceCommand
          ? `pmr: the voice command "${options.voiceCommand}" was not found; using the bell instead.`
          : noSpeechAdvice(options.platform),
      );
      return bell();
    }
    const speaker = createSpeaker(speech, (reason) => {
      options.warn(`pmr: speech stopped working (${reason}); using the bell instead.`);
      sounding.detach?.();
      sounding = bell();
    });
    return createVoice(speaker, { state: options.state });
  }

  return {
    name: 'the sound',
    onPhase: (event) => sounding.onPhase?.(event),
    onPause: (event) => sounding.onPause?.(event),
    onResume: (event) => sounding.onResume?.(event),
    onEnd: (event) => sounding.onEnd?.(event),
    detach: () => sounding.detach?.(),
  };
}
