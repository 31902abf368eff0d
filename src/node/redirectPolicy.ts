// What a redirect may do: only to configured origins, never carrying credentials to another origin.
import type { FailureInfo } from './httpFailure';
import { failureMessages } from './httpFailure';

export interface Hop {
  readonly url: URL;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const credentialHeaders = ['authorization', 'cookie', 'proxy-authorization'];

export function isRedirect(status: number, location: string | undefined): location is string {
  return redirectStatuses.has(status) && location !== undefined && location !== '';
}

/** The origin of a URL or origin text, `undefined` when it is not an http(s) URL. */
export function originOf(text: string): string | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The next hop after a `status` redirect to `location`, or why it is not followed. Method and body follow
 * the Fetch standard: 303 (and 301/302 after a POST) become a GET without body; 307/308 keep both.
 */
export function nextHop(
  hop: Hop,
  status: number,
  location: string,
  allowedOrigins: ReadonlySet<string>,
  sensitiveHeaders: readonly string[],
): Hop | FailureInfo {
  const from = hop.url.origin;
  let target: URL;
  try {
    target = new URL(location, hop.url);
  } catch {
    return { kind: 'redirect-blocked', message: failureMessages.redirectBadLocation(from, location) };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { kind: 'redirect-blocked', message: failureMessages.redirectBadLocation(from, location) };
  }
  if (!allowedOrigins.has(target.origin)) {
    return { kind: 'redirect-blocked', message: failureMessages.redirectNotAllowed(from, target.href) };
  }
  const toGet = (status === 303 && hop.method !== 'HEAD') || ((status === 301 || status === 302) && hop.method === 'POST');
  const drop = new Set<string>();
  if (toGet) drop.add('content-type');
  if (target.origin !== from) {
    for (const name of [...credentialHeaders, ...sensitiveHeaders]) drop.add(name.toLowerCase());
  }
  const headers = Object.fromEntries(Object.entries(hop.headers).filter(([name]) => !drop.has(name.toLowerCase())));
  const next = { url: target, method: toGet ? 'GET' : hop.method, headers };
  return toGet || hop.body === undefined ? next : { ...next, body: hop.body };
}
