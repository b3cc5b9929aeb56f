import type { SpeechCommand } from './find-speech.js';

// How the words reach a speech command without ever being read as one of its
// options: a label like "-vnosuchvoice" is spoken, not obeyed. Engines known
// to end their options at "--" get it before the words; the words go on
// stdin to those that read them there; for any other command, words that
// would begin with "-" begin with a space instead, which speech ignores.

export interface SpeechInvocation {
  args: string[];
  stdin?: string;
}

export function speechArguments(
  command: SpeechCommand,
  words: string,
  soft = false,
): SpeechInvocation {
  const args = soft && command.softArgs ? [...command.args, ...command.softArgs] : command.args;
  if (command.wordsOnStdin) return { args, stdin: words };
  if (command.endsOptionsWithDashes) return { args: [...args, '--', words] };
  return { args: [...args, words.startsWith('-') ? ` ${words}` : words] };
}
