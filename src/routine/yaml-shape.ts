import { type Document, isAlias, isCollection, isNode, type Node, visit } from 'yaml';

// What YAML allows but a routine cannot use, found before the document is
// turned into values: an alias whose anchor is never set (yaml would only
// throw, with no position), and a key that is a list or a mapping (yaml
// would turn it into text and print a process warning).

export interface ShapeProblem {
  /** Offset in the source where the problem starts. */
  offset: number;
  message: string;
}

export function shapeProblems(doc: Document): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  // Anchors in document order, as yaml resolves them: an alias refers to the
  // last anchor of its name set before it.
  const anchors = new Map<string, Node>();
  const collectionKey = (key: unknown) =>
    isCollection(key) || (isAlias(key) && isCollection(anchors.get(key.source)));
  visit(doc, {
    Pair(_key, pair) {
      if (isNode(pair.key) && collectionKey(pair.key)) {
        problems.push({
          offset: pair.key.range?.[0] ?? 0,
          message: 'a field name must be plain text, not a list or a mapping',
        });
      }
    },
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          problems.push({
            offset: node.range?.[0] ?? 0,
            message: `undefined alias "*${node.source}": set the anchor &${node.source} before it, or write the value out`,
          });
        }
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return problems;
}
