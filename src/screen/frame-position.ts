import type { DOMElement } from 'ink';

export interface FramePosition {
  /** Row from the frame's top. */
  row: number;
  column: number;
  /** Rows of the whole frame, as Ink draws it. */
  frameRows: number;
}

/** Where an element stands in the frame, from the layout Ink last computed. */
export function framePosition(element: DOMElement | null): FramePosition | undefined {
  let row = 0;
  let column = 0;
  let root: DOMElement | undefined;
  for (let node: DOMElement | undefined = element ?? undefined; node; node = node.parentNode) {
    const layout = node.yogaNode;
    // A node without layout has been removed: its place is unknown.
    if (!layout) return undefined;
    row += layout.getComputedTop();
    column += layout.getComputedLeft();
    root = node;
  }
  const frameRows = root?.yogaNode?.getComputedHeight();
  if (frameRows === undefined) return undefined;
  return { row, column, frameRows };
}
