import { type Glyphs, glyphsFor, unicodeGlyphs } from './glyphs.js';

// What text printed to one output must fit: its width in columns, when it
// has one, and the glyphs its locale can show.
export interface Display {
  /** Columns to fit; undefined when unknown (a pipe, a file), and then nothing is cut. */
  width: number | undefined;
  glyphs: Glyphs;
}

export const unlimitedDisplay: Display = { width: undefined, glyphs: unicodeGlyphs };

export function displayFor(
  stream: { isTTY?: boolean; columns?: number },
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Display {
  return { width: terminalWidth(stream), glyphs: glyphsFor(env, platform) };
}

/** A terminal's columns; a terminal that reports none (0, as some do) has an unknown width. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number | undefined {
  const columns = stream.isTTY ? stream.columns : undefined;
  return columns !== undefined && Number.isFinite(columns) && columns > 0 ? columns : undefined;
}
