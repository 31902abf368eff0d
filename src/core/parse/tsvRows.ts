// Rows pasted from the web page as tab-separated cells: `time<TAB>shop<TAB>Ответ (BILL)<TAB>{…`,
// the JSON continuing on the following lines.
import { Char, indexOfCode, isDigit, lineEndOf, trimBlanksEnd } from '../text/chars';
import { readEvent } from './eventCell';
import { trimmedSpan, type RowFault, type RowParts, type RowReader } from './rowReader';

/** The time cell is short: a tab further away belongs to something else. */
const MAX_TIME_CELL = 40;

export const tsvRows: RowReader = {
  form: 'tsv',

  isRowStart(text, lineStart) {
    if (!isDigit(text.charCodeAt(lineStart))) return false;
    for (let p = lineStart + 1; p < lineStart + MAX_TIME_CELL; p++) {
      const code = text.charCodeAt(p);
      if (code === Char.Tab) return true;
      if (code === Char.LineFeed || Number.isNaN(code)) return false;
    }
    return false;
  },

  readRow(text, start, end): RowParts | RowFault {
    const lineEnd = lineEndOf(text, start, end);
    const timeEnd = indexOfCode(text, Char.Tab, start, lineEnd);
    const shopEnd = timeEnd < 0 ? -1 : indexOfCode(text, Char.Tab, timeEnd + 1, lineEnd);
    if (shopEnd < 0) return { fault: 'row.malformed', span: trimmedSpan(text, start, lineEnd) };
    const eventTab = indexOfCode(text, Char.Tab, shopEnd + 1, lineEnd);
    const eventEnd = eventTab < 0 ? lineEnd : eventTab;

    const event = trimmedSpan(text, shopEnd + 1, eventEnd);
    const parts = readEvent(text, event.start, event.end);
    if (!parts || parts.end !== event.end) return { fault: 'row.bad-event', span: event };

    const payloadStart = eventTab < 0 ? eventEnd : eventTab + 1;
    return {
      start,
      end: Math.max(event.end, trimBlanksEnd(text, payloadStart, end)),
      time: trimmedSpan(text, start, timeEnd),
      shop: trimmedSpan(text, timeEnd + 1, shopEnd),
      event,
      direction: parts.direction,
      type: parts.type,
      payload: { start: payloadStart, end },
      unterminated: false,
    };
  },

  isConvincing() {
    return true;
  },
};
