// The keys of a session, in one table: what each does, how it is shown in
// the legend and the help, and where it works. The live screen, its help
// panel, the key listener beside --plain and --json, and a README check all
// read it from here.

export type KeyAction =
  | 'pause'
  | 'next'
  | 'back'
  | 'pain'
  | 'quit'
  | 'interrupt'
  | 'suspend'
  | 'help';

/** How a session is shown: the live screen, plain lines, or JSON Lines. */
export type SessionOutput = 'screen' | 'plain' | 'json';

/** A key as pmr names it, whichever reader saw it: "space", "right", "ctrl-c", "x", "?". */
export type KeyName = string;

export interface KeyBinding {
  action: KeyAction;
  /** Every key that does it. */
  keys: readonly KeyName[];
  /** The keys as people read them, in the help and the README. */
  shown: string;
  /** What it does, in one line. */
  help: string;
  /** Its place in the one-line legend: the key and a word (and the word while paused). */
  legend?: { key: string; word: string; whilePaused?: string };
  /** Where it works. */
  outputs: readonly SessionOutput[];
}

const everywhere: readonly SessionOutput[] = ['screen', 'plain', 'json'];

export const keyBindings: readonly KeyBinding[] = [
  {
    action: 'pause',
    keys: ['space', 'p'],
    shown: 'space, p',
    help: 'pause and resume (the countdown freezes)',
    legend: { key: 'space', word: 'pause', whilePaused: 'resume' },
    outputs: everywhere,
  },
  {
    action: 'next',
    keys: ['right', 'n', 'l'],
    shown: '→, n',
    help: 'next phase',
    legend: { key: '→', word: 'next' },
    outputs: everywhere,
  },
  {
    action: 'back',
    keys: ['left', 'b', 'h'],
    shown: '←, b',
    help: 'this group again, or the one before if just begun',
    legend: { key: '←', word: 'back' },
    outputs: everywhere,
  },
  {
    action: 'pain',
    keys: ['x'],
    shown: 'x',
    help: 'this hurts: ease off, and only imagine that group from now on',
    legend: { key: 'x', word: 'hurts' },
    // Plain lines have nowhere to show the stop rules; q stops instead.
    outputs: ['screen', 'json'],
  },
  {
    action: 'quit',
    keys: ['q', 'escape'],
    shown: 'q, Esc',
    help: 'stop, with a short summary',
    legend: { key: 'q', word: 'quit' },
    outputs: everywhere,
  },
  {
    action: 'interrupt',
    keys: ['ctrl-c'],
    shown: 'Ctrl-C',
    help: 'stop at once, as the signal would',
    outputs: everywhere,
  },
  {
    action: 'suspend',
    keys: ['ctrl-z'],
    shown: 'Ctrl-Z',
    help: 'pause and step out to the shell; fg comes back',
    outputs: everywhere,
  },
  {
    action: 'help',
    keys: ['?'],
    shown: '?',
    help: 'help in place of the cue, and back',
    legend: { key: '?', word: 'help' },
    outputs: ['screen'],
  },
];

/** What a key does in this output, if anything. */
export function keyAction(name: KeyName | undefined, output: SessionOutput): KeyAction | undefined {
  if (name === undefined) return undefined;
  return keyBindings.find(
    (binding) => binding.keys.includes(name) && binding.outputs.includes(output),
  )?.action;
}

/** The keys that work in this output. */
export function bindingsFor(output: SessionOutput): KeyBinding[] {
  return keyBindings.filter((binding) => binding.outputs.includes(output));
}

/** "space pause · → next · ← back · x hurts · q quit", for this output. */
export function keyLegend(output: SessionOutput, paused: boolean, separator = ' · '): string {
  return bindingsFor(output)
    .flatMap(({ legend }) =>
      legend ? [`${legend.key} ${paused ? (legend.whilePaused ?? legend.word) : legend.word}`] : [],
    )
    .join(separator);
}
