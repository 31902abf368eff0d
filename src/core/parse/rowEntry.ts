// One row of the log → a `LogEntry` and the problems found in it.
import type { LogEntry, Problem, Span, TextCell } from '../model';
import { spanOf } from '../model';
import type { Slicer } from '../text/ownedString';
import { CellStrings } from './cellStrings';
import { readPayload } from './payload';
import { parseProblem, quote } from './problems';
import { isFault, type RowFault, type RowParts } from './rowReader';
import { readMoscowTime } from './timestamp';

const faultMessages: Record<RowFault['fault'], string> = {
  'row.malformed': 'The row does not have the time, shop, event and payload cells; it is skipped.',
  'row.bad-event': 'The event cell is not "Запрос (TYPE)" or "Ответ (TYPE)"; the row is skipped.',
};

/** Where the rows read go, and how strings are taken from the text. */
export class RowSink {
  readonly entries: LogEntry[] = [];
  readonly problems: Problem[] = [];
  /** The event and type cells repeat a handful of values: one string each, not one per row. */
  readonly events: CellStrings;
  readonly types: CellStrings;

  constructor(readonly slice: Slicer) {
    this.events = new CellStrings(slice, false);
    this.types = new CellStrings(slice, true);
  }
}

/** Appends the row's entry (numbered `index`, unless the row is unreadable) and its problems. */
export function addRow(text: string, row: RowParts | RowFault, index: number, sink: RowSink): void {
  if (isFault(row)) sink.problems.push(parseProblem(row.fault, row.span, faultMessages[row.fault]));
  else sink.entries.push(buildEntry(text, row, index, sink));
}

function buildEntry(text: string, row: RowParts, index: number, sink: RowSink): LogEntry {
  const { problems, slice } = sink;
  const epochMs = readMoscowTime(text, row.time.start, row.time.end);
  if (Number.isNaN(epochMs)) {
    const message = `Unreadable time ${quote(text, row.time.start, row.time.end)}: expected YYYY-MM-DD HH:MM:SS.`;
    problems.push(parseProblem('row.bad-time', row.time, message, index));
  }
  const payload = readPayload(text, row.payload, index, problems, slice);
  if (row.unterminated) {
    const message = 'The row does not end with " |": it was cut off.';
    problems.push(parseProblem('row.unterminated', spanOf(row.end - 1, row.end), message, index));
  }
  return {
    index,
    span: spanOf(row.start, row.end),
    time: { text: slice(text, row.time.start, row.time.end), span: row.time, epochMs },
    shop: cell(slice(text, row.shop.start, row.shop.end), row.shop),
    event: cell(sink.events.get(text, row.event.start, row.event.end), row.event),
    direction: row.direction,
    type: cell(sink.types.get(text, row.type.start, row.type.end), row.type),
    payload,
  };
}

function cell(text: string, span: Span): TextCell {
  return { text, span };
}
