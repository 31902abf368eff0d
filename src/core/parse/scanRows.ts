// The one linear pass over the rows: find where each row ends (the next line that starts a row), read it.
import type { LogEntry, Problem } from '../model';
import { Char } from '../text/chars';
import type { CancellationLike } from './cancellation';
import { ownedSlice, viewSlice } from '../text/ownedString';
import { addRow, RowSink } from './rowEntry';
import type { RowReader } from './rowReader';

const LINES_PER_CANCEL_CHECK = 4096;
/** About as much text as LINES_PER_CANCEL_CHECK lines of the log. */
const CHARS_PER_CANCEL_CHECK = 64 * 1024;

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

/** `nextRowStart`'s answer when the cancellation token said stop. */
const CANCELLED = -1;

/** Reads the rows from `start` (a row start) to the end of the text or until `stopBefore` says so. */
export function scanRows(text: string, reader: RowReader, start: number, options: ScanOptions): ScanResult {
  const sink = new RowSink(options.ownStrings ? ownedSlice : viewSlice);
  const { entries, problems } = sink;
  const finder = new RowStartFinder(text, reader, options.cancel);
  let rowStart = start;
  while (rowStart < text.length) {
    const next = finder.nextRowStart(rowStart);
    if (next === CANCELLED) return { entries, problems, end: rowStart, cancelled: true };
    addRow(text, reader.readRow(text, rowStart, next), options.firstIndex + entries.length, sink);
    rowStart = next;
    if (rowStart < text.length && options.stopBefore?.(rowStart)) break;
  }
  return { entries, problems, end: rowStart, cancelled: false };
}

/**
 * The start of the first line after the row's first line that starts a row. When every row start of the
 * form begins with one character (`|` in the table form), only the lines that begin with it are asked:
 * far fewer than all the lines (a payload has one JSON token per line).
 */
class RowStartFinder {
  private lines = 0;
  private lastCheck = 0;

  constructor(
    private readonly text: string,
    private readonly reader: RowReader,
    private readonly cancel: CancellationLike | undefined,
  ) {}

  nextRowStart(rowStart: number): number {
    const text = this.text;
    const firstLineFeed = text.indexOf('\n', rowStart);
    if (firstLineFeed < 0) return text.length;
    const marker = this.reader.rowStartChar;
    return marker === undefined ? this.byLines(firstLineFeed) : this.byMarker(firstLineFeed + 1, marker);
  }

  private byMarker(from: number, marker: string): number {
    const { text, reader, cancel } = this;
    for (let p = text.indexOf(marker, from); p >= 0; p = text.indexOf(marker, p + 1)) {
      if (p - this.lastCheck > CHARS_PER_CANCEL_CHECK) {
        this.lastCheck = p;
        if (cancel?.isCancellationRequested) return CANCELLED;
      }
      if (text.charCodeAt(p - 1) === Char.LineFeed && reader.isRowStart(text, p)) return p;
    }
    return text.length;
  }

  private byLines(firstLineFeed: number): number {
    const { text, reader, cancel } = this;
    for (let lineFeed = firstLineFeed; lineFeed >= 0; lineFeed = text.indexOf('\n', lineFeed + 1)) {
      if (++this.lines % LINES_PER_CANCEL_CHECK === 0 && cancel?.isCancellationRequested) return CANCELLED;
      if (reader.isRowStart(text, lineFeed + 1)) return lineFeed + 1;
    }
    return text.length;
  }
}
