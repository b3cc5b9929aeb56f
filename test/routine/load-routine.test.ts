import { describe, expect, test } from 'vitest';
import { parseRoutine } from '../../src/routine/load-routine.js';
import { formatIssue } from '../../src/routine/routine-issue.js';

const source = { kind: 'path' as const, file: 'mine.yaml' };
const problems = (text: string) => {
  const result = parseRoutine(text, source);
  if (result.ok) throw new Error('expected problems');
  return result.issues.map(formatIssue);
};
const routine = (text: string) => {
  const result = parseRoutine(text, source);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.routine;
};

describe('good files', () => {
  test('only steps: everything else has a default', () => {
    const loaded = routine('steps: [jaw, shoulders]\n');
    expect(loaded).toMatchObject({
      name: 'mine',
      title: 'Mine',
      position: 'sitting',
      breaths: 3,
      between: 'none',
      repeat: 1,
      scan: true,
      closing: 'soften',
      pace: { tense: 5, release: 15, inhale: 4, exhale: 6, rest: 5 },
      steps: [{ group: 'jaw' }, { group: 'shoulders' }],
      source,
    });
  });

  test('the full format, with groups refined and defined, and per-step overrides', () => {
    const loaded = routine(
      [
        'name: desk',
        'title: Desk reset',
        'summary: A short one.',
        'position: reclined',
        'breaths: 1',
        'pace:',
        '  tense: 4.5',
        '  release: 20',
        'between: rest',
        'repeat: 2',
        'groups:',
        '  lower-back:',
        '    tense_cue: Press your lower back gently into the chair.',
        '  toes:',
        '    label: Toes',
        '    tense_cue: Spread your toes.',
        '    release_cue: Let them rest.',
        'steps:',
        '  - jaw',
        '  - group: hands',
        '    release: 25',
        '    cue: Make loose fists.',
        '    release_cue: Open slowly.',
        '  - lower-back',
        '  - toes',
        'scan: false',
        'closing: let go',
      ].join('\n'),
    );
    expect(loaded.name).toBe('desk');
    expect(loaded.pace.tense).toBe(4.5);
    expect(loaded.steps[1]).toEqual({
      group: 'hands',
      release: 25,
      cue: 'Make loose fists.',
      releaseCue: 'Open slowly.',
    });
    expect(loaded.groups['lower-back']).toMatchObject({
      label: 'Lower back',
      tenseCue: 'Press your lower back gently into the chair.',
    });
    expect(loaded.groups.toes).toEqual({
      id: 'toes',
      label: 'Toes',
      tenseCue: 'Spread your toes.',
      releaseCue: 'Let them rest.',
      // A group of the routine's own gets gentle cues made from its label.
      microCue: 'Toes: engage it only just, enough to notice.',
      imageryCue: 'Toes: stay still and imagine it firming, then letting go.',
    });
    expect(loaded).toMatchObject({ scan: false, closing: 'let go', between: 'rest', repeat: 2 });
  });

  test('CRLF line endings and a UTF-8 BOM are fine, and positions stay right', () => {
    expect(routine('\uFEFFtitle: Mine\r\nsteps:\r\n  - jaw\r\n').steps).toEqual([{ group: 'jaw' }]);
    expect(problems('\uFEFFtitle: x\r\nsteps:\r\n  - sholders\r\n')).toEqual([
      'mine.yaml:3:5: unknown group "sholders" — did you mean "shoulders"?',
    ]);
  });

  test('stdin routines are named "stdin" and reported as <stdin>', () => {
    const result = parseRoutine('steps: [jw]\n', { kind: 'stdin', file: '-' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatIssue(result.issues[0] as never)).toMatch(/^<stdin>:1:9: unknown group "jw"/);
    const good = parseRoutine('steps: [jaw]\n', { kind: 'stdin', file: '-' });
    expect(good.ok && good.routine.name).toBe('stdin');
  });
});

describe('every problem, at its line and column', () => {
  test('all problems at once, in order', () => {
    expect(
      problems(
        [
          'title: Mine',
          'tempo: 3',
          'steps:',
          '  - sholders',
          '  - group: hands',
          '    relase: 3',
          '  - group: jaw',
          '    release: 99',
          '  - 5',
          'pace:',
          '  tense: abc',
          'breaths: 2.5',
          'position: standing',
        ].join('\n'),
      ),
    ).toEqual([
      'mine.yaml:2:1: unknown field "tempo" — did you mean "pace"?',
      'mine.yaml:4:5: unknown group "sholders" — did you mean "shoulders"?',
      'mine.yaml:6:5: unknown field "relase" — did you mean "release"?',
      'mine.yaml:8:14: release must be between 10 and 60 seconds',
      'mine.yaml:9:5: step 4 must be a group id, or a mapping with "group:"',
      'mine.yaml:11:10: tense must be a number',
      'mine.yaml:12:10: breaths must be a whole number',
      'mine.yaml:13:11: position must be one of sitting, lying, reclined, side',
    ]);
  });

  test.each([
    [
      'an unknown mode',
      'mode: gentle\nsteps: [jaw]\n',
      'mine.yaml:1:7: mode must be one of full, micro, imagery',
    ],
    [
      'a step mode that is not one',
      'steps:\n  - group: jaw\n    mode: soft\n',
      'mine.yaml:3:11: mode must be one of full, micro, imagery',
    ],
    [
      'stop_rules that is not true or false',
      'stop_rules: yes please\nsteps: [jaw]\n',
      'mine.yaml:1:13: stop_rules must be true or false',
    ],
    [
      'unknown field in pace',
      'pace:\n  tnse: 4\nsteps: [jaw]\n',
      'mine.yaml:2:3: unknown field "tnse" — did you mean "tense"?',
    ],
    ['wrong type for a list', 'steps: jaw\n', 'mine.yaml:1:8: steps must be a list'],
    [
      'boolean expected',
      'steps: [jaw]\nscan: maybe\n',
      'mine.yaml:2:7: scan must be true or false',
    ],
    [
      'seconds too small',
      'pace:\n  release: 9\nsteps: [jaw]\n',
      'mine.yaml:2:12: release must be between 10 and 60 seconds',
    ],
    [
      'exhale out of range',
      'pace:\n  exhale: 40\nsteps: [jaw]\n',
      'mine.yaml:2:11: exhale must be between 3 and 12 seconds',
    ],
    [
      'an out-breath no longer than the in-breath',
      'pace:\n  exhale: 3\n  inhale: 4\nsteps: [jaw]\n',
      'mine.yaml:2:3: exhale (3 s) must be longer than inhale (4 s): breathe out slower than you breathe in',
    ],
    [
      'only the in-breath given, and it is longer than the out-breath',
      'pace:\n  inhale: 6\nsteps: [jaw]\n',
      'mine.yaml:2:3: exhale (6 s) must be longer than inhale (6 s): breathe out slower than you breathe in',
    ],
    [
      'an out-breath more than twice the in-breath',
      'pace:\n  inhale: 3\n  exhale: 7\nsteps: [jaw]\n',
      'mine.yaml:3:3: exhale (7 s) may be at most twice inhale (3 s); a longer out-breath is hard to keep up',
    ],
    [
      'a breath too slow to keep up',
      'pace:\n  inhale: 6\n  exhale: 10\nsteps: [jaw]\n',
      'mine.yaml:3:3: inhale and exhale together (16 s) may be at most 15 s, four slow breaths a minute',
    ],
    [
      'breaths out of range',
      'breaths: 11\nsteps: [jaw]\n',
      'mine.yaml:1:10: breaths must be between 0 and 10',
    ],
    [
      'repeat out of range',
      'repeat: 4\nsteps: [jaw]\n',
      'mine.yaml:1:9: repeat must be between 1 and 3',
    ],
    [
      'between',
      'between: pause\nsteps: [jaw]\n',
      'mine.yaml:1:10: between must be one of none, breath, rest',
    ],
    ['empty steps', 'steps: []\n', 'mine.yaml:1:8: steps must not be empty'],
    [
      'missing steps',
      'title: Mine\n',
      'mine.yaml:1:1: "steps" is required: list the groups to practise, like steps: [jaw, shoulders]',
    ],
    [
      'step without group',
      'steps:\n  - release: 20\n',
      'mine.yaml:2:5: this step needs "group:", the group to work with',
    ],
    ['empty title', 'title: ""\nsteps: [jaw]\n', 'mine.yaml:1:8: title must not be empty'],
    [
      'long title',
      `title: ${'a'.repeat(61)}\nsteps: [jaw]\n`,
      'mine.yaml:1:8: title is too long (at most 60 characters)',
    ],
    [
      'duplicate keys',
      'steps: [jaw]\nsteps: [neck]\n',
      'mine.yaml:2:1: this field appears twice; keep one',
    ],
    [
      'tabs',
      'steps:\n\t- jaw\n',
      'mine.yaml:2:1: tabs are not allowed for indentation; use spaces',
    ],
    [
      'not a mapping (list)',
      '- jaw\n- neck\n',
      'mine.yaml:1:1: a routine file must be a mapping of fields, like "steps: [jaw, shoulders]"',
    ],
    [
      'not a mapping (text)',
      'hello\n',
      'mine.yaml:1:1: a routine file must be a mapping of fields, like "steps: [jaw, shoulders]"',
    ],
    [
      'empty file',
      '',
      'mine.yaml:1:1: the file is empty; a routine needs at least "steps:", like steps: [jaw, shoulders]',
    ],
    [
      'only comments',
      '# nothing yet\n',
      'mine.yaml:1:1: the file is empty; a routine needs at least "steps:", like steps: [jaw, shoulders]',
    ],
    [
      'escape sequence in a title',
      'title: "calm\\e[31m"\nsteps: [jaw]\n',
      'mine.yaml:1:8: title contains a control character (U+001B); remove it',
    ],
    [
      'bidi override in a cue',
      'groups:\n  jaw:\n    tense_cue: "a\\u202Eb"\nsteps: [jaw]\n',
      'mine.yaml:3:16: tense_cue contains a control character (U+202E); remove it',
    ],
    [
      'two lines in a cue',
      'steps:\n  - group: jaw\n    cue: |\n      one\n      two\n',
      'mine.yaml:3:10: cue must be a single line of text',
    ],
    [
      'new group missing cues',
      'groups:\n  toes:\n    label: Toes\nsteps: [toes]\n',
      'mine.yaml:2:3: new group "toes" needs tense_cue, release_cue (it is not in the catalog)',
    ],
    [
      'bad group id',
      'groups:\n  Big_Toe:\n    label: x\nsteps: [jaw]\n',
      'mine.yaml:2:3: group id "Big_Toe" must be lowercase letters, digits and dashes, like lower-back',
    ],
    [
      'unknown group in a mapping step',
      'steps:\n  - group: nek\n',
      'mine.yaml:2:12: unknown group "nek" — did you mean "neck"?',
    ],
    ['unknown group, no near match', 'steps: [elbow]\n', 'mine.yaml:1:9: unknown group "elbow"'],
    ['YAML syntax', 'steps: [jaw\n', 'mine.yaml:2:1: YAML syntax'],
    [
      'an alias with no anchor',
      'steps: [jaw, *nope]\n',
      'mine.yaml:1:14: undefined alias "*nope": set the anchor &nope before it',
    ],
    [
      'an alias used before its anchor',
      'steps: [*early]\nnote: &early jaw\n',
      'mine.yaml:1:9: undefined alias "*early"',
    ],
    [
      'a list as a key',
      '? [a, b]\n: 1\nsteps: [jaw]\n',
      'mine.yaml:1:3: a field name must be plain text, not a list or a mapping',
    ],
    [
      'a mapping as a key, in flow style',
      '{{a: 1}: 1, steps: [jaw]}\n',
      'mine.yaml:1:2: a field name must be plain text, not a list or a mapping',
    ],
    [
      'an alias of a list as a key',
      'groups: &g [jaw]\n? *g\n: 1\nsteps: [jaw]\n',
      'mine.yaml:2:3: a field name must be plain text, not a list or a mapping',
    ],
  ])('%s', (_name, text, expected) => {
    const found = problems(text);
    expect(found[0]).toContain(expected);
  });
});

describe('hostile files are refused fast, with a message', () => {
  test.each([
    ['too large', `steps: [jaw]\n# ${'x'.repeat(300 * 1024)}\n`, /larger than 256 KiB/],
    [
      'alias bomb',
      [
        'a: &a [x, x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
        'steps: [jaw]',
      ].join('\n'),
      /too many aliases/,
    ],
    ['deep flow nesting', `steps: ${'['.repeat(5000)}${']'.repeat(5000)}`, /nested too deeply/],
    [
      'deep block nesting',
      `steps:\n${Array.from({ length: 40 }, (_, depth) => `${' '.repeat(depth * 2)}- `).join('\n')}x\n`,
      /nested too deeply/,
    ],
    ['too many steps', `steps: [${Array(201).fill('jaw').join(', ')}]\n`, /more than 200 entries/],
  ])('%s', (_name, text, message) => {
    const started = performance.now();
    const found = problems(text);
    expect(found.join('\n')).toMatch(message);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
