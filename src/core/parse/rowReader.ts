// What a reader of one form of the log (table, tab-separated, text) finds in a row.
import type { Direction, LogForm, Span } from '../model';
import { skipBlanks, trimBlanksEnd } from '../text/chars';
import type { ParseCode } from './codes';

/** The cells of a row, as spans into the text. */
export interface RowParts {
  readonly start: number;
  /** The end of the row's last cell (after the closing `|` in the table form). */
  readonly end: number;
  readonly time: Span;
  readonly shop: Span;
  readonly event: Span;
  readonly direction: Direction;
  readonly type: Span;
  /** The payload cell, untrimmed. */
  readonly payload: Span;
  /** The table row has no closing ` |`. */
  readonly unterminated: boolean;
}

/** A row whose cells could not be read: it yields a problem and no entry. */
export interface RowFault {
  readonly fault: Extract<ParseCode, 'row.malformed' | 'row.bad-event'>;
  readonly span: Span;
}

export interface RowReader {
  readonly form: LogForm;
  /**
   * Whether the line starting at `lineStart` starts a row. Called for every line, so it is cheap,
   * and it reads nothing beyond that line (incremental reparsing relies on it).
   */
  isRowStart(text: string, lineStart: number): boolean;
  /** When set, `isRowStart` is false for every line that does not begin with this character. */
  readonly rowStartChar?: string;
  /** Reads the row that occupies [start, end): `end` is the next row start or the end of the text. */
  readRow(text: string, start: number, end: number): RowParts | RowFault;
  /** Extra evidence this form needs before a row can decide the form of the whole log. */
  isConvincing(text: string, row: RowParts, lineEnd: number): boolean;
}

export function isFault(row: RowParts | RowFault): row is RowFault {
  return 'fault' in row;
}

export function trimmedSpan(text: string, start: number, end: number): Span {
  const trimmedStart = skipBlanks(text, start, end);
  return { start: trimmedStart, end: trimBlanksEnd(text, trimmedStart, end) };
}
