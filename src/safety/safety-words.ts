// When to stop and when to get help, in pmr's own words, from the guide's
// stop rules and red flags. Plain and calm: never a diagnosis.

/** Shown before a routine for a sensitive back, and when x is pressed. */
export const stopRules: readonly string[] = [
  'Stop or change any step that brings sharp',
  'or spreading pain, numbness, dizziness or',
  'shortness of breath. Imagining is enough.',
];

/** One short paragraph, shown once before the first session. */
export const firstUseNotice =
  'Before you begin: tension in pmr is always mild, and you can stop at any moment. ' +
  'If any step hurts, press x and pmr will keep that area gentler. ' +
  'pmr is a practice aid, not medical care; `pmr safety` says when to get help.';

/** `pmr safety`: the whole text. */
export const safetyText: readonly string[] = [
  'Staying safe with pmr',
  '',
  'While you practise',
  '  Tension is always mild: about 4 out of 10, never a strain.',
  '  Stop, or change the step, if it brings sharp or spreading',
  '  pain, numbness, dizziness or shortness of breath.',
  '  If a group is sore, tense it only slightly (--micro) or just',
  '  imagine it (--imagery). Press x in a session if it hurts.',
  '',
  'See a doctor or other health professional if',
  '  back pain is severe, lasts, or spreads;',
  '  you notice numbness or weakness;',
  '  back pain comes with a fever;',
  '  you lose control of your bladder or bowel (get help at once);',
  '  anxiety brings panic attacks, makes you avoid things,',
  '  or keeps costing you sleep.',
  '',
  'pmr can sit alongside care, but it does not replace it.',
];
