import { writeFileSync } from 'node:fs';
import { countSpeech, estimateSpeechMs } from '../src/cues/speech-duration.js';
import { espeakAvailable, finishSpeech, measureSpeechMs } from '../test/helpers/espeak.js';
import { speechCorpus } from '../test/helpers/speech-corpus.js';

// The body of `npm run speech:measure` (bundled and run by measure-speech.mjs):
// every line of the speech corpus spoken by the real espeak-ng at each rate,
// against the estimate. Run it after rewording cues or changing the weights in
// src/cues/speech-duration.ts; --json writes every row, with the counts, for
// fitting the weights again.

interface Row {
  part: string;
  text: string;
  wpm: number;
  measuredMs: number;
  estimatedMs: number;
  ratio: number;
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const quote = (text: string) => JSON.stringify(text);

function summary(label: string, rows: Row[]): string {
  const ratios = rows.map((row) => row.ratio);
  const worst = rows.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const under = rows.filter((row) => row.ratio < 1).length;
  return [
    `${label}: ${rows.length} lines, ${under} under-estimated; estimate/measured worst ${worst.ratio.toFixed(3)}, median ${median(ratios).toFixed(3)}, largest ${Math.max(...ratios).toFixed(2)}`,
    `  worst: ${quote(worst.text)} at ${worst.wpm} wpm (${Math.round(worst.measuredMs)} ms measured, ${worst.estimatedMs} ms estimated)`,
  ].join('\n');
}

async function main(): Promise<number> {
  if (!espeakAvailable()) {
    console.error(
      'espeak-ng is not installed; install it (sudo apt install espeak-ng) to measure.',
    );
    return 2;
  }
  const rates = (option('rates') ?? '125,150,175').split(',').map(Number);
  if (rates.some((rate) => !(rate > 0))) {
    console.error('--rates takes words per minute, like --rates=125,150,175');
    return 2;
  }
  const parts = Object.entries(speechCorpus());
  const lineCount = parts.reduce((sum, [, lines]) => sum + lines.length, 0);
  const started = performance.now();
  const rows: Row[] = await Promise.all(
    rates.flatMap((wpm) =>
      parts.flatMap(([part, lines]) =>
        lines.map(async (text) => {
          const measuredMs = await measureSpeechMs(text, wpm);
          const estimatedMs = estimateSpeechMs(text, wpm);
          return { part, text, wpm, measuredMs, estimatedMs, ratio: estimatedMs / measuredMs };
        }),
      ),
    ),
  );
  finishSpeech();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const json = option('json');
  if (json) {
    const full = rows.map((row) => ({ ...row, counts: countSpeech(row.text) }));
    writeFileSync(json, `${JSON.stringify(full, null, 1)}\n`);
  }
  const shown = process.argv.includes('--all')
    ? rows
    : [...rows].sort((a, b) => a.ratio - b.ratio).slice(0, 12);
  console.log(process.argv.includes('--all') ? 'Every line:' : 'The tightest lines:');
  for (const row of shown) {
    const measured = String(Math.round(row.measuredMs)).padStart(6);
    const estimated = String(row.estimatedMs).padStart(6);
    console.log(
      `  ${row.wpm} wpm ${measured} ms ${estimated} ms  ×${row.ratio.toFixed(3)}  ${quote(row.text)}`,
    );
  }
  console.log('');
  for (const wpm of rates)
    console.log(
      summary(
        `${wpm} wpm`,
        rows.filter((row) => row.wpm === wpm),
      ),
    );
  for (const [part] of parts) {
    console.log(
      summary(
        `${part}, all rates`,
        rows.filter((row) => row.part === part),
      ),
    );
  }
  console.log(summary('everything', rows));
  console.log(
    `\n${lineCount} lines at ${rates.length} rates in ${seconds} s (cached durations are not spoken again).`,
  );
  const under = rows.filter((row) => row.ratio < 1);
  if (under.length > 0) {
    console.log(
      '\nUnder-estimated (these would be cut short): raise the weights in src/cues/speech-duration.ts.',
    );
    for (const row of under) console.log(`  ${row.wpm} wpm: ${quote(row.text)}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
