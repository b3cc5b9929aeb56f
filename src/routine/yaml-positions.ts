import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

// Finds where a value (or a key) of a parsed YAML document stands in the
// source, so every problem can be reported at FILE:LINE:COL.

export interface Position {
  line: number;
  col: number;
}

type Path = readonly PropertyKey[];

export class YamlLocator {
  constructor(
    private readonly root: Node,
    private readonly lineCounter: LineCounter,
  ) {}

  /** The value at path, or the nearest ancestor that exists. */
  value(path: Path): Position {
    return this.at(this.walk(path).node);
  }

  /** The key of the entry at path (e.g. an unknown field), or its value if it has no key. */
  key(path: Path): Position {
    const found = this.walk(path);
    return this.at(found.complete && found.pair ? (found.pair.key as Node) : found.node);
  }

  /** The pair holding key inside the mapping at path. */
  keyIn(path: Path, key: string): Position {
    const found = this.walk(path);
    if (found.complete && isMap(found.node)) {
      const pair = findPair(found.node.items, key);
      if (pair) return this.at(pair.key as Node);
    }
    return this.at(found.node);
  }

  offset(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, col };
  }

  private at(node: Node | null | undefined): Position {
    const start = node?.range?.[0];
    return start === undefined ? { line: 1, col: 1 } : this.offset(start);
  }

  private walk(path: Path): { node: Node; pair?: Pair; complete: boolean } {
    let node: Node = this.root;
    let pair: Pair | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const next = findPair(node.items, String(segment));
        if (!next) return { node, pair, complete: false };
        pair = next;
        node = (isNode(next.value) ? next.value : next.key) as Node;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (!isNode(item)) return { node, pair, complete: false };
        pair = undefined;
        node = item;
      } else {
        return { node, pair, complete: false };
      }
    }
    return { node, pair, complete: true };
  }
}

function findPair(items: Pair[], key: string): Pair | undefined {
  return items.find((item) => isScalar(item.key) && String(item.key.value) === key);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** Deepest nesting of collections below node. */
export function nestingDepth(node: unknown, limit: number, depth = 0): number {
  if (depth > limit) return depth;
  if (isMap(node)) {
    let deepest = depth;
    for (const pair of node.items) {
      deepest = Math.max(
        deepest,
        nestingDepth(pair.key, limit, depth + 1),
        nestingDepth(pair.value, limit, depth + 1),
      );
      if (deepest > limit) break;
    }
    return deepest;
  }
  if (isSeq(node)) {
    let deepest = depth;
    for (const item of node.items) {
      deepest = Math.max(deepest, nestingDepth(item, limit, depth + 1));
      if (deepest > limit) break;
    }
    return deepest;
  }
  return depth;
}
