// The offset tree of a payload's JSON, built only when someone asks (hovers, schema problem spans) and
// kept as long as the JsonText lives: incremental reparses share JsonText objects, so the tree survives.
import { findNodeAtLocation, findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';
import type { JsonNode, JsonText } from '../model';

export type JsonPath = (string | number)[];

/** null: the text has no tree (it cannot happen for parsed JSON, except nesting too deep to walk). */
const trees = new WeakMap<JsonText, JsonNode | null>();

/** The tree of `json.text`; offsets are relative to it (add the payload's `jsonOffset`). */
export function payloadTree(json: JsonText): JsonNode | undefined {
  let tree = trees.get(json);
  if (tree === undefined) {
    tree = buildTree(json.text);
    trees.set(json, tree);
  }
  return tree ?? undefined;
}

export function nodeAtPath(root: JsonNode, path: JsonPath): JsonNode | undefined {
  return findNodeAtLocation(root, path);
}

/** The path of the value (or of the property, on its key) at a relative offset. */
export function pathAtOffset(root: JsonNode, relOffset: number): JsonPath | undefined {
  const node = findNodeAtOffset(root, relOffset, true);
  return node ? getNodePath(node) : undefined;
}

/** The key node of the property whose value is `valueNode`. */
export function keyNodeOf(valueNode: JsonNode): JsonNode | undefined {
  const property = valueNode.parent;
  if (property?.type !== 'property' || property.children?.[1] !== valueNode) return undefined;
  return property.children[0];
}

function buildTree(text: string): JsonNode | null {
  try {
    return parseTree(text, undefined, { disallowComments: true }) ?? null;
  } catch {
    // parseTree recurses; nesting deep enough to overflow the stack gets no tree.
    return null;
  }
}
