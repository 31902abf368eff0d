// The exported Markdown-style table: `| time | shop | Запрос (TYPE) | payload… |`, the payload
// running over many lines and closed by ` |` at the end of its last line.
import { Char, indexOfCode, isDigit, isSpaceOrTab, lineEndOf, trimBlanksEnd } from '../text/chars';
import { readEvent } from './eventCell';
import { trimmedSpan, type RowFault, type RowParts, type RowReader } from './rowReader';

export const tableRows: RowReader = {
  form: 'table',
  rowStartChar: '|',

  isRowStart(text, lineStart) {
    if (text.charCodeAt(lineStart) !== Char.Pipe) return false;
    let p = lineStart + 1;
    while (isSpaceOrTab(text.charCodeAt(p))) p++;
    return isDigit(text.charCodeAt(p));
  },

  readRow(text, start, end): RowParts | RowFault {
    const lineEnd = lineEndOf(text, start, end);
    const timeEnd = indexOfCode(text, Char.Pipe, start + 1, lineEnd);
    const shopEnd = timeEnd < 0 ? -1 : indexOfCode(text, Char.Pipe, timeEnd + 1, lineEnd);
    const eventEnd = shopEnd < 0 ? -1 : indexOfCode(text, Char.Pipe, shopEnd + 1, lineEnd);
    if (eventEnd < 0) return { fault: 'row.malformed', span: trimmedSpan(text, start, lineEnd) };

    const event = trimmedSpan(text, shopEnd + 1, eventEnd);
    const parts = readEvent(text, event.start, event.end);
    if (!parts || parts.end !== event.end) return { fault: 'row.bad-event', span: event };

    const payloadStart = eventEnd + 1;
    const contentEnd = trimBlanksEnd(text, payloadStart, end);
    const terminated = contentEnd > payloadStart && text.charCodeAt(contentEnd - 1) === Char.Pipe;
    return {
      start,
      end: contentEnd > payloadStart ? contentEnd : payloadStart,
      time: trimmedSpan(text, start + 1, timeEnd),
      shop: trimmedSpan(text, timeEnd + 1, shopEnd),
      event,
      direction: parts.direction,
      type: parts.type,
      payload: { start: payloadStart, end: terminated ? contentEnd - 1 : contentEnd },
      unterminated: !terminated,
    };
  },

  isConvincing() {
    return true;
  },
};
