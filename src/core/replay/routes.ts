// Which logged `get` parameters are route parameters (already in the path) rather than query parameters.
// The service logs route and query parameters together in `get`; only query parameters go after `?`.

/** The protocol's paths (protocol.md); `{name}` marks a route parameter. */
const knownRoutes: readonly string[] = [
  '/api/v2/hello',
  '/api/v2/list',
  '/api/v2/bill/byid/{id}',
  '/api/v2/receipts',
];

/**
 * Names of the parameters of `params` that the path already carries. A known route decides by its
 * template; for any other path, a parameter whose value equals the last path segment is taken as a
 * route parameter (the BILL pattern) — on known routes this guess is never made, so LIST `name=list`
 * stays a query parameter.
 */
export function routeParamNames(path: string, params: ReadonlyMap<string, string>): Set<string> {
  const segments = path.split('/').slice(1).map(safeDecode);
  for (const template of knownRoutes) {
    const parts = template.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const captured = new Map<string, string>();
    const matches = parts.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part === segments[i];
      captured.set(name, segments[i] ?? '');
      return true;
    });
    if (matches) {
      return new Set([...captured].filter(([name, value]) => params.get(name) === value).map(([name]) => name));
    }
  }
  const last = segments[segments.length - 1];
  if (segments.length < 2 || last === undefined || last === '') return new Set();
  return new Set([...params].filter(([, value]) => value === last).map(([name]) => name));
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
