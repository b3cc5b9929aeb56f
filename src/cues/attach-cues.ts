import type { Session } from '../session/session.js';
import { attachBell } from './bell.js';
import { findSpeech, noSpeechAdvice } from './find-speech.js';
import { createSpeaker } from './speaker.js';
import { attachVoice } from './voice.js';

// Sound for eyes-closed practice: the bell, or spoken cues with the bell as
// the fallback when there is no speech or it stops working.

export type Sound = 'off' | 'bell' | 'voice';

export interface CueOptions {
  sound: Sound;
  /** Count the last seconds of longer releases aloud. */
  count: boolean;
  /** Slower speech (--slow, bedtime). */
  slow: boolean;
  /** The voice.command preference. */
  voiceCommand?: string;
  /** Where the bell rings: a terminal, or nowhere. */
  bellStream: NodeJS.WritableStream | undefined;
  platform: NodeJS.Platform;
  path: string | undefined;
  warn: (line: string) => void;
}

export function attachCues(session: Session, options: CueOptions): () => void {
  const detachers: Array<() => void> = [];
  const ring = () => {
    options.bellStream?.write('\u0007');
  };
  const startBell = () => detachers.push(attachBell(session, ring));
  if (options.sound === 'bell') startBell();
  if (options.sound === 'voice') {
    const speech = findSpeech({
      platform: options.platform,
      path: options.path,
      configured: options.voiceCommand,
      slow: options.slow,
    });
    if (!speech) {
      options.warn(
        options.voiceCommand
          ? `pmr: the voice command "${options.voiceCommand}" was not found; using the bell instead.`
          : noSpeechAdvice(options.platform),
      );
      startBell();
    } else {
      const speaker = createSpeaker(speech, (reason) => {
        options.warn(`pmr: speech stopped working (${reason}); using the bell instead.`);
        detachVoice();
        startBell();
      });
      const detachVoice = attachVoice(session, speaker, { count: options.count });
      detachers.push(detachVoice, () => speaker.stop());
    }
  }
  return () => {
    for (const detach of detachers.splice(0)) detach();
  };
}
