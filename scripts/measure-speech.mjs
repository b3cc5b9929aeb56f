// Measures the speech estimate against the real espeak-ng: every line of the
// speech corpus (pmr's cues, their spoken forms, and sentences written to
// widen them), spoken at each rate, measured vs estimated.
//
//   npm run speech:measure                        125, 150 and 175 words per minute
//   npm run speech:measure -- --rates=100,200     other rates
//   npm run speech:measure -- --all               every line, not only the tightest
//   npm run speech:measure -- --json=rows.json    every row with its counts, for refitting
//
// Exits 1 when a line takes longer than its estimate. The corpus and the
// engine helpers are TypeScript, so they are bundled first (into
// node_modules/.cache, where package-root finds the project from).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}node_modules/.cache/pmr-speech-measure`;
mkdirSync(outDir, { recursive: true });
const outfile = `${outDir}/speech-measurement.mjs`;
await build({
  absWorkingDir: root,
  entryPoints: ['scripts/speech-measurement.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // Bundled CommonJS packages call require(); give them Node's.
  banner: {
    js: "import { createRequire as __pmrCreateRequire } from 'node:module'; const require = __pmrCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
