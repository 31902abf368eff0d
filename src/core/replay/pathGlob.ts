// Path patterns that pick fields of a JSON value, for ignoring volatile fields in comparisons.
//
// A path names a place in a value: `products[0].price`, `customer.name`, `["odd key"].x` ('' is the root).
// A pattern is written the same way, with wildcards:
//   name        the key `name`                 ["odd key"]   a key that is not an identifier
//   [3]         index 3                         [] or [*]     any one index
//   *           any one segment (key or index)  **            any number of segments, including none
// Examples: `id` (the root's id), `data.dateTime`, `*.id` (an id one level down), `products[].id`,
// `**.timestamp` (a timestamp at any depth). A pattern that matches a path also covers everything
// below it: `data` ignores the whole `data` object.

export type PathSegment = string | number;

type Token =
  | { readonly kind: 'key'; readonly name: string }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'any-index' }
  | { readonly kind: 'any' }
  | { readonly kind: 'deep' };

export interface PathPattern {
  readonly source: string;
  readonly tokens: readonly Token[];
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The display form of a path: `products[0].price`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (identifier.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** Parses a pattern; `undefined` when it is not valid. */
export function parsePathPattern(source: string): PathPattern | undefined {
  const tokens: Token[] = [];
  let i = 0;
  let expectSegment = true;
  while (i < source.length) {
    const char = source[i];
    if (char === '.') {
      if (expectSegment) return undefined;
      expectSegment = true;
      i++;
    } else if (char === '[') {
      const close = source[i + 1] === '"' ? closingQuote(source, i + 1) : source.indexOf(']', i);
      if (close < 0 || source[close] !== ']') return undefined;
      const token = bracketToken(source.slice(i + 1, close));
      if (token === undefined) return undefined;
      tokens.push(token);
      expectSegment = false;
      i = close + 1;
    } else {
      if (!expectSegment) return undefined;
      const match = /^(\*\*|\*|[A-Za-z0-9_$-]+)/.exec(source.slice(i));
      if (match === null) return undefined;
      const word = match[1] ?? '';
      tokens.push(word === '**' ? { kind: 'deep' } : word === '*' ? { kind: 'any' } : { kind: 'key', name: word });
      expectSegment = false;
      i += word.length;
    }
  }
  return tokens.length === 0 || expectSegment ? undefined : { source, tokens };
}

/** True when `pattern` matches `segments` or one of its ancestors. */
export function coversPath(pattern: PathPattern, segments: readonly PathSegment[]): boolean {
  for (let length = 0; length <= segments.length; length++) {
    if (matchFrom(pattern.tokens, 0, segments.slice(0, length), 0)) return true;
  }
  return false;
}

function matchFrom(tokens: readonly Token[], t: number, segments: readonly PathSegment[], s: number): boolean {
  if (t === tokens.length) return s === segments.length;
  const token = tokens[t];
  if (token === undefined) return false;
  if (token.kind === 'deep') {
    for (let skip = s; skip <= segments.length; skip++) {
      if (matchFrom(tokens, t + 1, segments, skip)) return true;
    }
    return false;
  }
  if (s === segments.length) return false;
  const segment = segments[s];
  const matches =
    token.kind === 'any' ||
    (token.kind === 'any-index' && typeof segment === 'number') ||
    (token.kind === 'index' && segment === token.index) ||
    (token.kind === 'key' && segment === token.name);
  return matches && matchFrom(tokens, t + 1, segments, s + 1);
}

function bracketToken(inside: string): Token | undefined {
  if (inside === '' || inside === '*') return { kind: 'any-index' };
  if (/^\d+$/.test(inside)) return { kind: 'index', index: Number(inside) };
  if (inside.startsWith('"')) {
    try {
      const name: unknown = JSON.parse(inside);
      return typeof name === 'string' ? { kind: 'key', name } : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Index just after the quote that closes the JSON string starting at `open`, or -1. */
function closingQuote(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '"') return i + 1;
  }
  return -1;
}
