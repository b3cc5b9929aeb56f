import { wrapText } from '../report/wrap-text.js';

// When to stop and when to get help, in pmr's own words, from the guide's
// stop rules and red flags. Plain and calm: never a diagnosis. Held as
// paragraphs and wrapped to the width there is, so they read well from 40
// columns up.

/** Shown before a routine for a sensitive back, and when x is pressed. */
export const stopRulesText =
  'Stop or change any step that brings sharp or spreading pain, numbness, dizziness or ' +
  'shortness of breath. Imagining is enough.';

/** One short paragraph, shown once before the first session. */
export const firstUseNotice =
  'Before you begin: tension in pmr is always mild, and you can stop at any moment. ' +
  'If any step hurts, press x and pmr will keep that area gentler. ' +
  'pmr is a practice aid, not medical care; `pmr safety` says when to get help.';

interface SafetySection {
  heading: string;
  /** Each one a paragraph of its own, indented under the heading. */
  points: readonly string[];
}

const safetyTitle = 'Staying safe with pmr';

const safetySections: readonly SafetySection[] = [
  {
    heading: 'While you practise',
    points: [
      'Tension is always mild: about 4 out of 10, never a strain. Keep breathing while you tense.',
      'Tingling, warmth or a floating feeling can come as you relax; they are normal and pass.',
      'Stop, or change the step, if it brings sharp or spreading pain, numbness, dizziness or shortness of breath.',
      'If a group is sore, tense it only slightly (--micro) or just imagine it (--imagery). Press x in a session if it hurts.',
    ],
  },
  {
    heading: 'See a doctor or other health professional if',
    points: [
      'back pain is severe, lasts, or spreads;',
      'you notice numbness or weakness;',
      'back pain comes with a fever;',
      'you lose control of your bladder or bowel (get help at once);',
      'anxiety brings panic attacks, makes you avoid things, or keeps costing you sleep.',
    ],
  },
];

const safetyClosing = 'pmr can sit alongside care, but it does not replace it.';

/** Lines are kept this short even on a wide terminal, for reading. */
const readableWidth = 72;

/** `pmr safety`: the whole text, wrapped to the width (unknown: a readable 72). */
export function safetyText(width: number | undefined): string[] {
  const room = Math.min(readableWidth, width ?? readableWidth);
  const indent = '  ';
  const lines = [...wrapText(safetyTitle, room), ''];
  for (const section of safetySections) {
    lines.push(...wrapText(section.heading, room));
    for (const point of section.points) {
      lines.push(...wrapText(point, room - indent.length).map((line) => indent + line));
    }
    lines.push('');
  }
  lines.push(...wrapText(safetyClosing, room));
  return lines;
}
