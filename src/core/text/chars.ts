// Character-level helpers for scanning large texts without regular expressions or substrings.

export const enum Char {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  OpenParen = 0x28,
  CloseParen = 0x29,
  Minus = 0x2d,
  Zero = 0x30,
  Nine = 0x39,
  Colon = 0x3a,
  LessThan = 0x3c,
  GreaterThan = 0x3e,
  OpenBracket = 0x5b,
  OpenBrace = 0x7b,
  Pipe = 0x7c,
  UpperT = 0x54,
  ByteOrderMark = 0xfeff,
}

export function isDigit(code: number): boolean {
  return code >= Char.Zero && code <= Char.Nine;
}

export function isSpaceOrTab(code: number): boolean {
  return code === Char.Space || code === Char.Tab;
}

/** Space, tab, CR or LF: what JSON and the log cells treat as blank. */
export function isBlank(code: number): boolean {
  return code === Char.Space || code === Char.Tab || code === Char.LineFeed || code === Char.CarriageReturn;
}

/** First non-blank offset in [from, to), or `to`. */
export function skipBlanks(text: string, from: number, to: number): number {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  return from;
}

/** Offset just after the last non-blank character in [from, to), or `from`. */
export function trimBlanksEnd(text: string, from: number, to: number): number {
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  return to;
}

/** End of the line that contains `from` (before its CR LF or LF), never beyond `limit`. */
export function lineEndOf(text: string, from: number, limit: number): number {
  let end = text.indexOf('\n', from);
  if (end === -1 || end > limit) end = limit;
  if (end > from && text.charCodeAt(end - 1) === Char.CarriageReturn) end--;
  return end;
}

/** First offset of `code` in [from, to), or -1. */
export function indexOfCode(text: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
