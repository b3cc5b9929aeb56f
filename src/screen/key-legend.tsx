import { Text } from 'ink';
import { keyLegend } from '../session/session-keys.js';

interface KeyLegendProps {
  interactive: boolean;
  paused: boolean;
}

// The keys, always in view; when input is not a terminal, say so instead.
export function KeyLegend({ interactive, paused }: KeyLegendProps) {
  if (!interactive) {
    return <Text dimColor>keys off (no terminal to read them from) · Ctrl-C stops</Text>;
  }
  return <Text dimColor>{keyLegend('screen', paused)}</Text>;
}
