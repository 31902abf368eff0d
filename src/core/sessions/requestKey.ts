import { isObject } from '../values';

/**
 * What makes two requests "the same request" for retry detection: the webhook event id for RECEIPT
 * (a re-delivered event), otherwise the request line and body compared structurally.
 */
export function requestKey(type: string, request: unknown, text?: string): string | undefined {
  if (request === undefined) return undefined;
  try {
    return structuralKey(type, request);
  } catch {
    // Nesting too deep to walk (a hostile or broken payload): only the same text is the same request.
    return text === undefined ? undefined : `text:${text}`;
  }
}

function structuralKey(type: string, request: unknown): string {
  const object = isObject(request) ? request : undefined;
  if (type === 'RECEIPT') {
    const body = object?.body;
    const eventId = isObject(body) ? body.id : undefined;
    if (typeof eventId === 'string') return `event:${eventId}`;
  }
  return `request:${canonical(object?.get)}:${canonical(object?.body)}`;
}

/** JSON text with object keys sorted and no spaces, so structurally equal values give equal text. */
function canonical(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonical(value[i]);
    return out + ']';
  }
  const object = value as { readonly [key: string]: unknown };
  let keys = Object.keys(object);
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys = keys.sort();
      break;
    }
  }
  let out = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    out += (i > 0 ? ',' : '') + JSON.stringify(key) + ':' + canonical(object[key]);
  }
  return out + '}';
}

/** Whether a repeat of a request counts as a retry rather than a fresh ask (a LIST refreshed later). */
export function isRetry(type: string, earlierAnsweredBeforeRepeat: boolean, sinceEarlierMs: number, windowMs: number): boolean {
  if (type === 'RECEIPT') return true;
  return !earlierAnsweredBeforeRepeat || sinceEarlierMs <= windowMs;
}
