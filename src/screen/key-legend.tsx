import { Text } from 'ink';
import { withGlyphs } from '../report/glyphs.js';
import { keyLegend } from '../session/session-keys.js';
import { useGlyphs } from './glyphs-context.js';

interface KeyLegendProps {
  interactive: boolean;
  paused: boolean;
}

// The keys, always in view; when input is not a terminal, say so instead.
export function KeyLegend({ interactive, paused }: KeyLegendProps) {
  const glyphs = useGlyphs();
  const text = interactive
    ? keyLegend('screen', paused)
    : 'keys off (no terminal to read them from) · Ctrl-C stops';
  return <Text dimColor>{withGlyphs(text, glyphs)}</Text>;
}
