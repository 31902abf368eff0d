// Structural comparison of a logged response with its replay. The log stores object keys in a database's
// canonical order, not the wire order, so key order never counts; arrays are compared by index.
import { type PathPattern, type PathSegment, coversPath, formatPath, parsePathPattern } from './pathGlob';

export interface ChangedValue {
  readonly path: string;
  readonly logged: unknown;
  readonly replayed: unknown;
}

export interface PresentValue {
  readonly path: string;
  readonly value: unknown;
}

export interface JsonDiff {
  /** Values that differ (including a different kind: object vs array, number vs string...). */
  readonly changed: ChangedValue[];
  /** In the replayed value only. */
  readonly added: PresentValue[];
  /** In the logged value only. */
  readonly removed: PresentValue[];
  /** Number of differences left out because an `ignore` pattern covers their path. */
  readonly ignored: number;
  /** No difference outside the ignored paths. */
  readonly equal: boolean;
  /** `ignore` entries that are not valid patterns (they ignore nothing). */
  readonly invalidPatterns: string[];
}

export interface CompareOptions {
  /** Path patterns of volatile fields, e.g. `**.timestamp`, `data.dateTime` (syntax: `pathGlob.ts`). */
  readonly ignore: readonly string[];
}

/** A copy of `value` with object keys sorted recursively (JavaScript still puts integer-like keys first). */
export function normalizeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (isPlainObject(value)) {
    // fromEntries defines own properties, so a `__proto__` key stays a plain key.
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, normalizeJson(value[key])]));
  }
  return value;
}

/** The normalized value as 2-space indented JSON, for a diff editor; '' for no value (empty body). */
export function prettyNormalized(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(normalizeJson(value), null, 2);
}

export function compareJson(logged: unknown, replayed: unknown, options: CompareOptions): JsonDiff {
  const patterns: PathPattern[] = [];
  const invalidPatterns: string[] = [];
  for (const source of options.ignore) {
    const pattern = parsePathPattern(source);
    if (pattern === undefined) invalidPatterns.push(source);
    else patterns.push(pattern);
  }
  const diff = { changed: [] as ChangedValue[], added: [] as PresentValue[], removed: [] as PresentValue[], ignored: 0 };
  const isIgnored = (segments: readonly PathSegment[]): boolean => {
    const covered = patterns.some((pattern) => coversPath(pattern, segments));
    if (covered) diff.ignored++;
    return covered;
  };

  const walk = (a: unknown, b: unknown, segments: PathSegment[]): void => {
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        const inA = Object.hasOwn(a, key);
        const inB = Object.hasOwn(b, key);
        const path = [...segments, key];
        if (inA && inB) walk(a[key], b[key], path);
        else if (!isIgnored(path)) {
          if (inA) diff.removed.push({ path: formatPath(path), value: a[key] });
          else diff.added.push({ path: formatPath(path), value: b[key] });
        }
      }
    } else if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const path = [...segments, i];
        if (i < a.length && i < b.length) walk(a[i], b[i], path);
        else if (!isIgnored(path)) {
          if (i < a.length) diff.removed.push({ path: formatPath(path), value: a[i] });
          else diff.added.push({ path: formatPath(path), value: b[i] });
        }
      }
    } else if (!sameLeaf(a, b) && !isIgnored(segments)) {
      diff.changed.push({ path: formatPath(segments), logged: a, replayed: b });
    }
  };
  walk(logged, replayed, []);

  const equal = diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0;
  return { ...diff, equal, invalidPatterns };
}

/** One line for people: `2 changed, 1 added, 0 removed (3 ignored)`, or `no differences (3 ignored)`. */
export function summarizeDiff(result: JsonDiff): string {
  const ignored = result.ignored > 0 ? ` (${result.ignored} ignored)` : '';
  if (result.equal) return `no differences${ignored}`;
  return `${result.changed.length} changed, ${result.added.length} added, ${result.removed.length} removed${ignored}`;
}

function sameLeaf(a: unknown, b: unknown): boolean {
  // Anything that reaches here and is an object or array differs in kind from the other side.
  if (typeof a === 'object' && a !== null) return false;
  return a === b;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
