// A page copied as text: `2026-03-22 15:27:50 143Ответ (BILL)` (the shop id runs into the direction
// word), then the JSON indented by four spaces.
import { Char, indexOfCode, isBlank, isDigit, isSpaceOrTab, lineEndOf, skipBlanks, trimBlanksEnd } from '../text/chars';
import { directionWordEndingAt, readEvent } from './eventCell';
import { trimmedSpan, type RowFault, type RowParts, type RowReader } from './rowReader';
import { startsWithYear } from './timestamp';

export const textRows: RowReader = {
  form: 'text',

  isRowStart(text, lineStart) {
    return startsWithYear(text, lineStart);
  },

  readRow(text, start, end): RowParts | RowFault {
    const lineEnd = lineEndOf(text, start, end);
    const line = trimmedSpan(text, start, lineEnd);
    const open = indexOfCode(text, Char.OpenParen, start, lineEnd);
    if (open < 0) return { fault: 'row.malformed', span: line };
    const wordStart = directionWordEndingAt(text, start, trimBlanksEnd(text, start, open));
    const parts = wordStart < 0 ? undefined : readEvent(text, wordStart, lineEnd);
    if (!parts) return { fault: 'row.bad-event', span: line };

    const timeEnd = endOfTime(text, start, wordStart);
    return {
      start,
      end: Math.max(parts.end, trimBlanksEnd(text, parts.end, end)),
      time: trimmedSpan(text, start, timeEnd),
      shop: trimmedSpan(text, timeEnd, wordStart),
      event: { start: wordStart, end: parts.end },
      direction: parts.direction,
      type: parts.type,
      payload: { start: parts.end, end },
      unterminated: false,
    };
  },

  /** Ordinary logs also start lines with a time; demand a numeric shop and nothing but JSON after the event. */
  isConvincing(text, row, lineEnd) {
    for (let p = row.shop.start; p < row.shop.end; p++) if (!isDigit(text.charCodeAt(p))) return false;
    const next = skipBlanks(text, row.payload.start, lineEnd);
    const code = text.charCodeAt(next);
    return next === lineEnd || code === Char.OpenBrace || code === Char.OpenBracket;
  },
};

/** The time is the date and the next word: `2026-03-22 15:27:50`. */
function endOfTime(text: string, start: number, limit: number): number {
  let p = start;
  while (p < limit && !isBlank(text.charCodeAt(p))) p++;
  while (p < limit && isSpaceOrTab(text.charCodeAt(p))) p++;
  while (p < limit && !isBlank(text.charCodeAt(p))) p++;
  return p;
}
