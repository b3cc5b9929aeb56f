import chalk from 'chalk';

// Styles cells written in place the way Ink styles a <Text>: through the
// same colour library, so NO_COLOR, FORCE_COLOR and the terminal's colour
// depth apply to them exactly as to the frame around them.

export interface CellStyle {
  /** A colour name Ink knows ("cyan") or a hex colour ("#6f8f96"). */
  color?: string;
  bold?: boolean;
  dim?: boolean;
}

export function cellPainter({ color, bold, dim }: CellStyle): (text: string) => string {
  let paint = chalk;
  if (dim) paint = paint.dim;
  if (color) paint = color.startsWith('#') ? paint.hex(color) : namedColor(paint, color);
  if (bold) paint = paint.bold;
  return (text) => paint(text);
}

function namedColor(paint: typeof chalk, color: string): typeof chalk {
  const styled = (paint as unknown as Record<string, typeof chalk | undefined>)[color];
  return typeof styled === 'function' ? styled : paint;
}
