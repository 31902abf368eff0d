// `${secret:NAME}` placeholders in endpoint header values: found, resolved just before sending, and
// hidden again for display. The lookup (VS Code SecretStorage, environment...) is passed in.

/** `${secret:NAME}`; NAME is letters, digits, `_`, `-` and `.`. There is no escape syntax. */
export const secretPlaceholderPattern = /\$\{secret:([A-Za-z0-9_.-]+)\}/g;

/** Names of the secrets `value` refers to, in order of first appearance. */
export function secretNames(value: string): string[] {
  return [...new Set([...value.matchAll(secretPlaceholderPattern)].map((m) => m[1] ?? ''))];
}

export interface ResolvedHeaders {
  /** True when every placeholder had a value. */
  readonly ok: boolean;
  /** Headers with placeholders substituted; a placeholder without a value is left as it was. */
  readonly headers: Record<string, string>;
  /** Secret names the lookup had no value for. */
  readonly missing: string[];
  /** Names of the headers whose value came (partly) from a secret: pass them to the transport. */
  readonly sensitiveHeaders: string[];
  /** The substituted secret values, for `redactHeaders` / `redactText`. Never display or log them. */
  readonly secretValues: string[];
}

export function resolveHeaders(
  headers: Readonly<Record<string, string>>,
  lookup: (name: string) => string | undefined,
): ResolvedHeaders {
  const resolved: Record<string, string> = {};
  const missing = new Set<string>();
  const sensitive: string[] = [];
  const values = new Set<string>();
  for (const [name, template] of Object.entries(headers)) {
    let usedSecret = false;
    resolved[name] = template.replace(secretPlaceholderPattern, (placeholder, secret: string) => {
      const value = lookup(secret);
      if (value === undefined) {
        missing.add(secret);
        return placeholder;
      }
      usedSecret = true;
      if (value !== '') values.add(value);
      return value;
    });
    if (usedSecret) sensitive.push(name);
  }
  return {
    ok: missing.size === 0,
    headers: resolved,
    missing: [...missing],
    sensitiveHeaders: sensitive,
    secretValues: [...values],
  };
}

/** `headers` with every occurrence of a secret value replaced by `***`, for display and logs. */
export function redactHeaders(
  headers: Readonly<Record<string, string>>,
  secretValues: readonly string[],
): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, redactText(value, secretValues)]));
}

/** `text` with every occurrence of a secret value replaced by `***` (a response may echo a token). */
export function redactText(text: string, secretValues: readonly string[]): string {
  // Longest first, so a secret that contains another is hidden whole.
  const sorted = [...secretValues].filter((v) => v !== '').sort((a, b) => b.length - a.length);
  return sorted.reduce((result, secret) => result.split(secret).join('***'), text);
}

/** A parsed JSON value with every secret removed from its strings and keys (a body may escape them). */
export function redactValue(value: unknown, secretValues: readonly string[]): unknown {
  if (secretValues.every((v) => v === '')) return value;
  if (typeof value === 'string') return redactText(value, secretValues);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secretValues));
  if (typeof value === 'object' && value !== null) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(result, redactText(key, secretValues), { value: redactValue(item, secretValues), enumerable: true, writable: true, configurable: true });
    }
    return result;
  }
  return value;
}
