// npm run demo: draws docs/demo.svg from a real session. pmr runs in a
// pseudo-terminal, a real terminal emulator reads its screen, and each cell
// is written out with its colour and weight, so the picture is exactly what
// a person sees.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

const root = fileURLToPath(new URL('..', import.meta.url));
const cols = 62;
// Tall enough for the phase in big letters: a shorter frame would drop them.
const rows = 17;
// The 16 ANSI colours: the bright eight repeat the normal ones, but for grey and white.
const normal = [
  '#1e1e2e',
  '#f38ba8',
  '#a6e3a1',
  '#f9e2af',
  '#89b4fa',
  '#cba6f7',
  '#94e2d5',
  '#cdd6f4',
];
const palette = [...normal, '#585b70', ...normal.slice(1, 7), '#ffffff'];
const background = '#1e1e2e';
/** The part of a cell each block element fills, top to bottom, as fractions of its height. */
const blockParts = { '█': [0, 1], '▀': [0, 0.5], '▄': [0.5, 1] };
const foreground = '#cdd6f4';

const home = mkdtempSync(join(tmpdir(), 'pmr-demo-'));
// Removed however the script ends, so no run leaves a folder behind.
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
// The first-use notice is for people; the picture shows the session itself.
writeFileSync(join(home, 'safety-notice-shown'), 'demo\n');
// The normal look, whatever the hour the picture is drawn at.
writeFileSync(join(home, 'config.json'), `${JSON.stringify({ theme: 'normal' })}\n`);
const env = { ...process.env, PMR_HOME: home, TERM: 'xterm-256color' };
delete env.CI;
delete env.NO_COLOR;

const term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
const child = pty.spawn(process.execPath, [join(root, 'bin', 'pmr.js'), 'work'], {
  cols,
  rows,
  cwd: root,
  env,
});
child.onData((data) => term.write(data));

const screenText = () => {
  const lines = [];
  for (let y = 0; y < rows; y++) lines.push(term.buffer.active.getLine(y)?.translateToString(true));
  return lines.join('\n');
};
const waitFor = async (text) => {
  for (let i = 0; i < 100; i++) {
    if (screenText().includes(text)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the screen never showed ${text}`);
};

await waitFor('SETTLE');
// On past the opening breath and the first announcement to the first tension.
for (let step = 0; step < 6 && !screenText().includes('TENSE'); step++) {
  child.write('\u001b[C');
  await new Promise((resolve) => setTimeout(resolve, 300));
}
await waitFor('TENSE');
await new Promise((resolve) => setTimeout(resolve, 1600)); // a little way into it
const svg = render();
child.write('q');
child.kill();
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'demo.svg'), svg);
console.log('written to docs/demo.svg');
process.exit(0);

function colour(cell, which) {
  const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
  if (isDefault) return undefined;
  const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
  const isPalette = which === 'fg' ? cell.isFgPalette() : cell.isBgPalette();
  if (isPalette) return palette[value] ?? foreground;
  return `#${value.toString(16).padStart(6, '0')}`;
}

function styleOf(cell) {
  let fg = colour(cell, 'fg') ?? foreground;
  let bg = colour(cell, 'bg');
  if (cell.isInverse() !== 0) [fg, bg] = [bg ?? background, fg];
  const bold = cell.isBold() !== 0;
  const dim = cell.isDim() !== 0;
  return { fg, bg, bold, dim, key: `${fg}|${bg}|${bold}|${dim}` };
}

function escapeXml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function render() {
  const cellWidth = 9.6;
  const lineHeight = 20;
  const pad = 16;
  const width = Math.ceil(cols * cellWidth + pad * 2);
  const height = rows * lineHeight + pad * 2;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="pmr work, the live screen during a tension, TENSE in big letters">`,
    `<rect width="100%" height="100%" rx="8" fill="${background}"/>`,
    `<g font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="16">`,
  ];
  const buffer = term.buffer.active;
  const cell = buffer.getNullCell();
  for (let y = 0; y < rows; y++) {
    const line = buffer.getLine(y);
    if (!line) continue;
    let x = 0;
    while (x < cols) {
      line.getCell(x, cell);
      const { fg, bg, bold, dim, key } = styleOf(cell);
      // Gather the run of cells that share this style.
      let text = '';
      const start = x;
      while (x < cols) {
        line.getCell(x, cell);
        if (styleOf(cell).key !== key) break;
        text += cell.getChars() || ' ';
        x++;
      }
      const left = pad + start * cellWidth;
      const top = pad + y * lineHeight;
      if (bg) {
        parts.push(
          `<rect x="${left}" y="${top}" width="${text.length * cellWidth}" height="${lineHeight}" fill="${bg}"/>`,
        );
      }
      const opacity = dim ? ' opacity="0.6"' : '';
      // Block letters are drawn as rectangles: a font's █ ▀ ▄ rarely fill
      // a whole cell, and the big phase word would show gaps between rows.
      [...text].forEach((character, offset) => {
        const block = blockParts[character];
        if (!block) return;
        const [from, to] = block;
        parts.push(
          `<rect x="${left + offset * cellWidth}" y="${top + from * lineHeight}" width="${cellWidth}" height="${(to - from) * lineHeight}" fill="${fg}"${opacity}/>`,
        );
      });
      const letters = [...text].map((character) => (blockParts[character] ? ' ' : character));
      if (letters.join('').trim()) {
        const weight = bold ? ' font-weight="bold"' : '';
        parts.push(
          `<text x="${left}" y="${top + 15}" fill="${fg}"${weight}${opacity} xml:space="preserve">${escapeXml(letters.join(''))}</text>`,
        );
      }
    }
  }
  parts.push('</g>', '</svg>');
  return `${parts.join('\n')}\n`;
}
