// Safe readers for parsed JSON values: payloads are untrusted, so every access checks the shape.

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

/** Reads a nested value: `valueAt(v, ['body', 'data', 'items', 0, 'id'])`. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      current = Array.isArray(current) ? current[key] : undefined;
    } else {
      current = field(current, key);
    }
    if (current === undefined) return undefined;
  }
  return current;
}

export function stringAt(value: unknown, path: readonly (string | number)[]): string | undefined {
  const found = valueAt(value, path);
  return typeof found === 'string' ? found : undefined;
}

export function numberAt(value: unknown, path: readonly (string | number)[]): number | undefined {
  const found = valueAt(value, path);
  return typeof found === 'number' && Number.isFinite(found) ? found : undefined;
}

/** A string or a number read as text (bill ids are numbers in BILL and strings in RECEIPT). */
export function idAt(value: unknown, path: readonly (string | number)[]): string | undefined {
  const found = valueAt(value, path);
  if (typeof found === 'string') return found;
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  return undefined;
}
