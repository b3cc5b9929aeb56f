// A one-line chart that reads without colour: eight heights of block, and a
// middle dot for nothing at all, so an empty day is never mistaken for a small one.
const blocks = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values
    .map((value) => {
      if (value <= 0 || top === 0) return '·';
      const level = Math.ceil((value / top) * blocks.length) - 1;
      return blocks[Math.min(blocks.length - 1, Math.max(0, level))];
    })
    .join('');
}
