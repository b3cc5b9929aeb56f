import { Text } from 'ink';

interface KeyLegendProps {
  interactive: boolean;
  paused: boolean;
}

// The keys, always in view; when input is not a terminal, say so instead.
export function KeyLegend({ interactive, paused }: KeyLegendProps) {
  if (!interactive) {
    return <Text dimColor>keys off (input is not a terminal) · Ctrl-C stops</Text>;
  }
  return (
    <Text
      dimColor
    >{`space ${paused ? 'resume' : 'pause'} · → next · ← back · x hurts · q quit · ? help`}</Text>
  );
}
