// Turns a logged request payload into the HTTP request that replays it. Pure: no I/O, never throws.
import type { BuildError, BuildErrorCode, BuildResult, Endpoint, ReplayMethod } from './request';
import { loggedBodyText } from './loggedBody';
import { routeParamNames } from './routes';

export type { BuildResult, Endpoint, ReplayRequest } from './request';

const tokenPattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Headers the transport computes itself; an endpoint setting them would break the request. */
const forbiddenHeaders = new Set(['content-length', 'transfer-encoding', 'connection']);
/** Characters kept as they are in a path (RFC 3986 pchar, `/` and `%XX` escapes). */
const pathChar = /[A-Za-z0-9\-._~!$&'()*+,;=:@/]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface BuildOptions {
  /** The logged payload's text: when given, the body is sent with the log's own number literals. */
  readonly payloadText?: string;
}

/**
 * Builds the replay of `payload` (the logged `{get: {q, ...params}, body, post, headers}`) against
 * `endpoint`. GET when `body` is null or missing, POST with `JSON.stringify(body)` otherwise. The logged
 * `headers` (`vary`, a response header) and `post` (a copy of `body`) are not used.
 */
export function buildReplayRequest(payload: unknown, type: string, endpoint: Endpoint, options: BuildOptions = {}): BuildResult {
  try {
    return build(payload, type, endpoint, options);
  } catch (error) {
    // A last guard: a payload shape nobody foresaw must end in a message, not an exception.
    return fail('replay.not-request', `The logged request cannot be replayed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function build(payload: unknown, type: string, endpoint: Endpoint, options: BuildOptions): BuildResult {
  if (!isPlainObject(payload) || !isPlainObject(payload.get)) {
    return fail('replay.not-request', 'The payload is not a logged request: it has no "get" object.');
  }
  const q = payload.get.q;
  if (typeof q !== 'string') {
    return fail('replay.not-request', 'The payload is not a logged request: "get.q" (the request path) is missing.');
  }
  const path = checkPath(q);
  if (typeof path !== 'string') return path;

  const params = new Map<string, string>();
  for (const [name, value] of Object.entries(payload.get)) {
    if (name === 'q') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      return fail('replay.bad-param', `The request parameter "${name}" is not a string, number or boolean.`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) {
      return fail('replay.bad-param', `The request parameter "${name}" is a number too large to send as logged.`);
    }
    if (loneSurrogate.test(name) || (typeof value === 'string' && loneSurrogate.test(value))) {
      return fail('replay.bad-param', `The request parameter "${name}" is not valid Unicode (a lone surrogate).`);
    }
    params.set(name, String(value));
  }
  const [pathPart, loggedQuery] = splitOnce(path, '?');
  const routeParams = routeParamNames(pathPart, params);
  const query = [...params]
    .filter(([name]) => !routeParams.has(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  if (loggedQuery !== undefined && loggedQuery !== '') query.unshift(loggedQuery);
  const target = query.length > 0 ? `${pathPart}?${query.join('&')}` : pathPart;

  const baseUrl = normalizeBaseUrl(endpoint.baseUrl);
  if (typeof baseUrl !== 'string') return baseUrl;

  const body = payload.body ?? null;
  const method: ReplayMethod = body === null ? 'GET' : 'POST';
  const merged = mergeHeaders(method === 'POST', endpoint.headers ?? {});
  if (!merged.ok) return merged;
  const headers = merged.headers;

  const request = {
    method,
    url: baseUrl + target,
    headers,
    type,
    stateChanging: method !== 'GET',
    endpoint: endpoint.name,
    baseUrl,
    target,
  };
  if (method === 'GET') return { ok: true, request };
  const text = (options.payloadText !== undefined ? loggedBodyText(options.payloadText) : undefined) ?? JSON.stringify(body);
  return { ok: true, request: { ...request, body: text } };
}

/** The path with unsafe characters percent-encoded, or an error. */
function checkPath(q: string): string | BuildError {
  if (!q.startsWith('/')) return fail('replay.bad-path', `The request path "${q}" does not start with "/".`);
  if (/[\u0000-\u001f\u007f#]/.test(q)) {
    return fail('replay.bad-path', `The request path "${q}" contains a control character or "#".`);
  }
  const [pathPart] = splitOnce(q, '?');
  if (pathPart.split('/').some((s) => /^(\.|%2e){1,2}$/i.test(s))) {
    return fail('replay.bad-path', `The request path "${q}" contains a "." or ".." segment.`);
  }
  let encoded = '';
  for (let i = 0; i < q.length; ) {
    const char = String.fromCodePoint(q.codePointAt(i) ?? 0);
    i += char.length;
    if (pathChar.test(char) || char === '?' || (char === '%' && /^[0-9A-Fa-f]{2}$/.test(q.slice(i, i + 2)))) {
      encoded += char;
    } else if (char.length === 1 && char >= '\ud800' && char <= '\udfff') {
      return fail('replay.bad-path', `The request path "${q}" is not valid Unicode.`);
    } else {
      encoded += encodeURIComponent(char);
    }
  }
  return encoded;
}

/** `origin + path prefix` without a trailing slash, or an error. */
function normalizeBaseUrl(baseUrl: string): string | BuildError {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    return fail('replay.bad-endpoint', `The endpoint URL "${baseUrl}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail('replay.bad-endpoint', `The endpoint URL "${baseUrl}" must start with http:// or https://.`);
  }
  if (url.username !== '' || url.password !== '') {
    return fail('replay.bad-endpoint', `The endpoint URL "${url.origin}" holds credentials: put them in a header with a secret.`);
  }
  if (url.search !== '' || url.hash !== '') {
    return fail('replay.bad-endpoint', `The endpoint URL "${baseUrl}" must not have a query or a fragment.`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function mergeHeaders(
  withBody: boolean,
  extra: Readonly<Record<string, string>>,
): { ok: true; headers: Record<string, string> } | BuildError {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (withBody) headers['Content-Type'] = 'application/json; charset=utf-8';
  for (const [name, value] of Object.entries(extra)) {
    if (!tokenPattern.test(name) || forbiddenHeaders.has(name.toLowerCase())) {
      return fail('replay.bad-header', `The endpoint header name "${name}" is not allowed.`);
    }
    if (typeof value !== 'string' || /[\r\n\u0000]/.test(value)) {
      return fail('replay.bad-header', `The endpoint header "${name}" must be one line of text.`);
    }
    for (const existing of Object.keys(headers)) {
      if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
    }
    headers[name] = value;
  }
  return { ok: true, headers };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(code: BuildErrorCode, message: string): BuildError {
  return { ok: false, code, message };
}
