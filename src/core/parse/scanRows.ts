// The one linear pass over the rows: find where each row ends (the next line that starts a row), read it.
import type { LogEntry, Problem } from '../model';
import type { CancellationLike } from './cancellation';
import { ownedSlice, viewSlice } from '../text/ownedString';
import { addRow, type RowSink } from './rowEntry';
import type { RowReader } from './rowReader';

const LINES_PER_CANCEL_CHECK = 4096;

export interface ScanOptions {
  /** Index of the first entry read. */
  readonly firstIndex: number;
  readonly cancel?: CancellationLike;
  /** Copy the strings kept out of the text rather than take views of it (see ownedString.ts). */
  readonly ownStrings?: boolean;
  /** Asked at each later row start; `true` stops the scan before that row. */
  readonly stopBefore?: (rowStart: number) => boolean;
}

export interface ScanResult {
  readonly entries: LogEntry[];
  readonly problems: Problem[];
  /** Where the scan stopped: the row start `stopBefore` accepted, or the end of the text. */
  readonly end: number;
  readonly cancelled: boolean;
}

/** Reads the rows from `start` (a row start) to the end of the text or until `stopBefore` says so. */
export function scanRows(text: string, reader: RowReader, start: number, options: ScanOptions): ScanResult {
  const entries: LogEntry[] = [];
  const problems: Problem[] = [];
  const sink: RowSink = { entries, problems, slice: options.ownStrings ? ownedSlice : viewSlice };
  let lines = 0;
  let rowStart = start;
  while (rowStart < text.length) {
    let next = text.length;
    for (let lineFeed = text.indexOf('\n', rowStart); lineFeed >= 0; lineFeed = text.indexOf('\n', lineFeed + 1)) {
      if (++lines % LINES_PER_CANCEL_CHECK === 0 && options.cancel?.isCancellationRequested) {
        return { entries, problems, end: rowStart, cancelled: true };
      }
      if (reader.isRowStart(text, lineFeed + 1)) {
        next = lineFeed + 1;
        break;
      }
    }
    addRow(text, reader.readRow(text, rowStart, next), options.firstIndex + entries.length, sink);
    rowStart = next;
    if (rowStart < text.length && options.stopBefore?.(rowStart)) break;
  }
  return { entries, problems, end: rowStart, cancelled: false };
}
