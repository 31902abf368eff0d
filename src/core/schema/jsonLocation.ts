// From a JSON path to the token an editor should underline, and back to words (`products[0].price`).
import type { Node as JsonNode } from 'jsonc-parser';
import type { Span } from '../model';

export type JsonPath = readonly (string | number)[];

/** Segments of an ajv `instancePath` (JSON Pointer); indexes into arrays become numbers. */
export function pointerToPath(pointer: string, value: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
    } else {
      path.push(segment);
      current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `products[0].price`; `""` for the root. */
export function formatPath(path: JsonPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifier.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** The property node for `key`; the last one wins on duplicates, as in `JSON.parse`. */
export function findProperty(object: JsonNode, key: string): JsonNode | undefined {
  if (object.type !== 'object' || !object.children) return undefined;
  for (let i = object.children.length - 1; i >= 0; i--) {
    const property = object.children[i]!;
    if (property.children?.[0]?.value === key) return property;
  }
  return undefined;
}

export function findValueNode(root: JsonNode, path: JsonPath): JsonNode | undefined {
  let node: JsonNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (node.type === 'array' && typeof segment === 'number') node = node.children?.[segment];
    else if (node.type === 'object') node = findProperty(node, String(segment))?.children?.[1];
    else return undefined;
  }
  return node;
}

export function tokenSpan(node: JsonNode): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** Where to point at an object or array: the key it is the value of, else its opening bracket. */
export function anchorSpan(node: JsonNode): Span {
  const parent = node.parent;
  if (parent?.type === 'property' && parent.children?.[1] === node && parent.children[0]) {
    return tokenSpan(parent.children[0]);
  }
  return { start: node.offset, end: node.offset + 1 };
}

/** A scalar's own token; for an object or array, its anchor (underlining a whole object is noise). */
export function valueSpan(node: JsonNode): Span {
  return node.type === 'object' || node.type === 'array' ? anchorSpan(node) : tokenSpan(node);
}

/** The key token of `object.key`, falling back to the object's anchor. */
export function keySpan(object: JsonNode, key: string): Span {
  const keyNode = findProperty(object, key)?.children?.[0];
  return keyNode ? tokenSpan(keyNode) : anchorSpan(object);
}
