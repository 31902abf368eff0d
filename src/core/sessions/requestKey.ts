import { canonicalJson, field, stringAt } from '../values';

/**
 * What makes two requests "the same request" for retry detection: the webhook event id for RECEIPT
 * (a re-delivered event), otherwise the request line and body compared structurally.
 */
export function requestKey(type: string, request: unknown): string | undefined {
  if (request === undefined) return undefined;
  if (type === 'RECEIPT') {
    const eventId = stringAt(request, ['body', 'id']);
    if (eventId !== undefined) return `event:${eventId}`;
  }
  return `request:${canonicalJson(field(request, 'get'))}:${canonicalJson(field(request, 'body'))}`;
}

/** Whether a repeat of a request counts as a retry rather than a fresh ask (a LIST refreshed later). */
export function isRetry(type: string, earlierAnsweredBeforeRepeat: boolean, sinceEarlierMs: number, windowMs: number): boolean {
  if (type === 'RECEIPT') return true;
  return !earlierAnsweredBeforeRepeat || sinceEarlierMs <= windowMs;
}
