// Recognising what a payload that is not plain JSON holds: an HTML page, or a notice before the JSON.
import { Char, isBlank, isDigit } from '../text/chars';

const HTML_SNIFF_LENGTH = 1024;
const htmlMarkers = ['<!doctype', '<html', '<head', '<body', '<title'];
const MAX_JSON_CANDIDATES = 8;

/** A document, not the `<br /><b>Notice</b>` markup PHP puts before the JSON. */
export function looksLikeHtmlPage(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== Char.LessThan) return false;
  const head = text.slice(start, Math.min(end, start + HTML_SNIFF_LENGTH)).toLowerCase();
  return htmlMarkers.some((marker) => head.includes(marker));
}

/** The page's `<title>`, for the message. */
export function htmlTitle(text: string, start: number, end: number): string | undefined {
  const head = text.slice(start, Math.min(end, start + HTML_SNIFF_LENGTH));
  const match = /<title>([^<]{1,80})<\/title>/i.exec(head);
  return match?.[1]?.trim() || undefined;
}

export function startsJsonValue(code: number): boolean {
  return (
    code === Char.OpenBrace ||
    code === Char.OpenBracket ||
    code === Char.Quote ||
    code === Char.Minus ||
    isDigit(code) ||
    code === 0x74 /* t */ ||
    code === 0x66 /* f */ ||
    code === 0x6e /* n */
  );
}

/**
 * Where JSON may start after leading text, in (start, end): a `{` or `[` that begins a line or follows
 * a tag, else the first one at all. A few at most: each costs a `JSON.parse` attempt.
 */
export function jsonCandidates(text: string, start: number, end: number): number[] {
  const candidates: number[] = [];
  let firstBracket = -1;
  let atLineStart = false;
  for (let p = start + 1; p < end && candidates.length < MAX_JSON_CANDIDATES; p++) {
    const code = text.charCodeAt(p);
    if (code === Char.OpenBrace || code === Char.OpenBracket) {
      if (firstBracket < 0) firstBracket = p;
      if (atLineStart || text.charCodeAt(p - 1) === Char.GreaterThan) candidates.push(p);
    }
    if (code === Char.LineFeed) atLineStart = true;
    else if (!isBlank(code)) atLineStart = false;
  }
  if (firstBracket >= 0 && !candidates.includes(firstBracket)) candidates.push(firstBracket);
  return candidates;
}
